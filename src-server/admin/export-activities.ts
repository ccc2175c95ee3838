import { exportForCrm, markedExported, type CrmFile, type ExportFormat, type ExportMark } from '../../src-core/crm';
import { BOOK_FORMAT, emptyBookTables, type BookFile, type ExportTarget } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { exportBook } from './export-book';
import { importOwner, importParsedBook } from './import-book';

export interface ExportActivitiesRequest {
  command: 'export-activities';
  owner: string;
  format: ExportFormat;
  since: string | null;
  timeZone: string;
}

export interface MarkExportedRequest {
  command: 'mark-exported';
  owner: string;
  format: ExportTarget;
  marks: ExportMark[];
}

/**
 * `admin export-activities`, first half: the files, nothing written. The CLI writes them to --out
 * and only then asks for the rows to be marked (`mark-exported`), so a file that could not be
 * written never leaves its rows marked as sent; at worst a crash between the two sends them again.
 */
export async function exportActivities(db: Db, request: ExportActivitiesRequest, now: string) {
  const book = await exportBook(db, request.owner, now);
  const result = exportForCrm(book.tables, request.format, { now, since: request.since, timeZone: request.timeZone });
  const { activities, notes, timeEntries, meetings } = result.counts;
  const what =
    request.format === 'ics'
      ? `${meetings} planned meeting${meetings === 1 ? '' : 's'}`
      : `${activities} activities, ${notes} notes, ${timeEntries} time entries`;
  const lines = [`${what} for ${request.owner}.`];
  for (const n of result.notExported) lines.push(`not exported: ${n.table} ${n.id}: ${n.reason}`);
  return { stdout: lines.join('\n'), files: result.files satisfies CrmFile[], marks: result.marks };
}

/** The second half: marks the exported rows (one revision, through the import's row writer). */
export async function markExported(db: Db, request: MarkExportedRequest, now: string) {
  const owner = await importOwner(db, request.owner);
  const book = await exportBook(db, request.owner, now);
  const wanted = new Set(request.marks.map((m) => `${m.table}:${m.id}`));
  const tables = emptyBookTables();
  tables.activities = book.tables.activities
    .filter((r) => wanted.has(`activities:${r.id}`))
    .map((r) => markedExported(r, request.format, now));
  tables.notes = book.tables.notes
    .filter((r) => wanted.has(`notes:${r.id}`))
    .map((r) => markedExported(r, request.format, now));
  tables.timeEntries = book.tables.timeEntries
    .filter((r) => wanted.has(`timeEntries:${r.id}`))
    .map((r) => markedExported(r, request.format, now));
  const { id, email, name, role } = owner;
  const marked: BookFile = { format: BOOK_FORMAT, exportedAt: now, owner: { id, email, name, role }, tables };
  const written = await importParsedBook(db, owner, marked, now);
  return { stdout: `Marked ${written.written} rows as exported to ${request.format}.` };
}
