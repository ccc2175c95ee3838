import type { BookTables, ExportTarget } from '../model';
import { calendarFile } from './export-ics';
import { hubspotFiles } from './export-hubspot';
import { type CrmFile, salesforceFiles } from './export-salesforce';
import { type NotExported, selectForCrm } from './export-select';

export type { CrmFile } from './export-salesforce';
export type ExportFormat = ExportTarget | 'ics';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['salesforce', 'hubspot', 'ics'];

export interface ExportMark {
  table: 'activities' | 'notes' | 'timeEntries';
  id: string;
}

/** "Export for CRM": the files, and the rows to mark as exported once the files are safely written. */
export interface CrmExport {
  format: ExportFormat;
  files: CrmFile[];
  marks: ExportMark[];
  notExported: NotExported[];
  counts: { activities: number; notes: number; timeEntries: number; meetings: number };
}

export interface ExportSettings {
  now: string;
  /** Only rows from this day on (YYYY-MM-DD); the calendar: planned meetings from this day. */
  since?: string | null;
  /** The CSM's zone: the day and time written for each row. */
  timeZone: string;
}

export function exportForCrm(book: BookTables, format: ExportFormat, settings: ExportSettings): CrmExport {
  if (format === 'ics') {
    const calendar = calendarFile(book, settings);
    const files = calendar.events > 0 ? [{ name: 'meetings.ics', text: calendar.text, rows: calendar.events }] : [];
    return {
      format,
      files,
      marks: [],
      notExported: [],
      counts: { activities: 0, notes: 0, timeEntries: 0, meetings: calendar.events },
    };
  }
  const selection = selectForCrm(book, format, settings);
  const files =
    format === 'salesforce'
      ? salesforceFiles(selection.items, settings.timeZone)
      : hubspotFiles(selection.items, settings.timeZone);
  const count = (table: ExportMark['table']) => selection.items.filter((i) => i.table === table).length;
  return {
    format,
    files,
    marks: selection.items.map((i) => ({ table: i.table, id: i.row.id })),
    notExported: selection.notExported,
    counts: { activities: count('activities'), notes: count('notes'), timeEntries: count('timeEntries'), meetings: 0 },
  };
}

/** The `exportedTo` of a row once it has gone to `target`. */
export function markedExported<T extends { exportedTo?: Partial<Record<ExportTarget, string>> }>(
  row: T,
  target: ExportTarget,
  at: string,
): T {
  return { ...row, exportedTo: { ...row.exportedTo, [target]: at } };
}
