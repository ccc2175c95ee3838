import { labelOf } from '../model';
import { toCsv } from '../today/csv';
import { dayIn } from '../time';
import type { ExportItem } from './export-select';

/**
 * Files for Salesforce's Data Loader (or Data Import Wizard): `Task.csv` for touchpoints and time
 * logged (WhatId = the account, WhoId = the first attendee), `Note.csv` for notes (ParentId = the
 * account). Cells are written exactly as they are: the CRM stores what it reads. The last two
 * columns are Fieldbook's, so re-importing these files finds the rows they came from.
 */
const TASK_HEADER = [
  'WhatId',
  'WhoId',
  'Subject',
  'ActivityDate',
  'Status',
  'Priority',
  'Type',
  'TaskSubtype',
  'CallType',
  'CallDurationInSeconds',
  'Description',
  'Fieldbook ID',
  'Fieldbook type',
];
/** The Fieldbook type of a time entry sent as a task: the importer leaves such rows alone. */
export const TIME_LOGGED = 'time_logged';
const NOTE_HEADER = ['ParentId', 'Title', 'Body', 'Fieldbook ID'];

export interface CrmFile {
  name: string;
  text: string;
  rows: number;
}

const TYPES: Record<string, [type: string, subtype: string]> = {
  call: ['Call', 'Call'],
  email: ['Email', 'Email'],
  value_report: ['Email', 'Email'],
  monthly_insight: ['Email', 'Email'],
  meeting: ['Meeting', 'Task'],
  qbr: ['Meeting', 'Task'],
  audit: ['Other', 'Task'],
};

export function activityText(item: Extract<ExportItem, { table: 'activities' }>): string {
  const { row } = item;
  const parts = [row.status === 'no_show' ? 'No-show.' : '', row.outcome];
  if (row.insight) {
    parts.push(`What's working: ${row.insight.working}`, `What needs work: ${row.insight.needsWork}`);
    parts.push(`What we're working on: ${row.insight.workingOn}`);
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}

export function firstLine(text: string, max = 80): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function salesforceFiles(items: readonly ExportItem[], timeZone: string): CrmFile[] {
  const tasks: (string | number)[][] = [];
  const notes: (string | number)[][] = [];
  for (const item of items) {
    if (item.table === 'notes') {
      notes.push([item.crmAccountId, firstLine(item.row.body), item.row.body, item.row.id]);
      continue;
    }
    if (item.table === 'timeEntries') {
      const { row } = item;
      const subject = `Time logged: ${row.minutes} min ${labelOf(row.category).toLowerCase()}`;
      tasks.push([
        item.crmAccountId,
        '',
        subject,
        row.date,
        'Completed',
        'Normal',
        'Other',
        'Task',
        '',
        '',
        row.note,
        row.id,
        TIME_LOGGED,
      ]);
      continue;
    }
    const { row } = item;
    const [type, subtype] = TYPES[row.kind] ?? ['Other', 'Task'];
    const who = item.contacts.find((c) => c.externalIds?.salesforce)?.externalIds?.salesforce ?? '';
    const call = row.kind === 'call';
    const callType = call ? (row.direction === 'inbound' ? 'Inbound' : 'Outbound') : '';
    const day = dayIn(row.at, timeZone);
    const seconds = call && row.durationMinutes > 0 ? row.durationMinutes * 60 : '';
    tasks.push([
      item.crmAccountId,
      who,
      row.subject,
      day,
      'Completed',
      'Normal',
      type,
      subtype,
      callType,
      seconds,
      activityText(item),
      row.id,
      row.kind,
    ]);
  }
  const files: CrmFile[] = [];
  if (tasks.length > 0)
    files.push({ name: 'Task.csv', text: toCsv(TASK_HEADER, tasks, { neutralise: false }), rows: tasks.length });
  if (notes.length > 0)
    files.push({ name: 'Note.csv', text: toCsv(NOTE_HEADER, notes, { neutralise: false }), rows: notes.length });
  return files;
}
