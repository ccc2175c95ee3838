import JSZip from 'jszip';
import {
  exportForCrm,
  markedExported,
  tableCsv,
  type CrmExport,
  type ExportFormat,
  type PlannedWrite,
} from '../../../src-core/crm';
import type { AnyRow, ExportTarget, TableName } from '../../../src-core/model';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { loadBookTables, writeImport, type FieldbookDb, type StoreClock } from '../../store';

/**
 * "Export for CRM" and "Export CSV" in the app. The files go out through the platform (a save
 * dialog, or a download); only once they are saved are the rows marked as exported, through the
 * store like any edit, so a cancelled save never leaves rows marked as sent.
 */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  ics: 'Calendar (.ics)',
};

export async function prepareExport(
  db: FieldbookDb,
  format: ExportFormat,
  options: { now: string; since: string | null; timeZone: string },
): Promise<CrmExport> {
  return exportForCrm(await loadBookTables(db), format, options);
}

function fileStem(format: ExportFormat, now: string): string {
  return `Fieldbook for ${FORMAT_LABELS[format].replace(/ \(\.ics\)$/, '')} ${now.slice(0, 10)}`;
}

/** One file as itself; several (HubSpot takes one object per file) in one zip. */
export async function saveExport(platform: Platform, out: CrmExport, now: string): Promise<SaveFileResult> {
  const [only] = out.files;
  if (out.files.length === 1 && only) {
    const calendar = out.format === 'ics';
    return platform.saveFile({
      suggestedName: calendar ? `${fileStem(out.format, now)}.ics` : `${fileStem(out.format, now)} ${only.name}`,
      bytes: new TextEncoder().encode(only.text),
      mimeType: calendar ? 'text/calendar' : 'text/csv',
    });
  }
  const zip = new JSZip();
  for (const file of out.files) zip.file(file.name, file.text);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return platform.saveFile({ suggestedName: `${fileStem(out.format, now)}.zip`, bytes, mimeType: 'application/zip' });
}

/** Marks the exported rows (an edit like any other: it syncs, so the server and other laptops know). */
export async function markExport(db: FieldbookDb, clock: StoreClock, out: CrmExport): Promise<number> {
  if (out.format === 'ics' || out.marks.length === 0) return 0;
  const target: ExportTarget = out.format;
  const now = clock.now();
  const writes: PlannedWrite[] = [];
  for (const table of ['activities', 'notes', 'timeEntries'] as const) {
    const ids = out.marks.filter((m) => m.table === table).map((m) => m.id);
    const rows = (await db.synced(table).bulkGet(ids)).filter((r): r is NonNullable<typeof r> => !!r);
    for (const row of rows) writes.push({ table, row: markedExported(row, target, now) as AnyRow, before: row });
  }
  return (await writeImport(db, clock, writes)).written;
}

export async function saveTableCsv(db: FieldbookDb, platform: Platform, table: TableName, label: string, now: string) {
  const rows = (await db.synced(table).toArray()) as AnyRow[];
  const result = await platform.saveFile({
    suggestedName: `Fieldbook ${label} ${now.slice(0, 10)}.csv`,
    bytes: new TextEncoder().encode(tableCsv(rows)),
    mimeType: 'text/csv',
  });
  return { result, rows: rows.length };
}
