import { labelOf } from '../model';
import { toCsv } from '../today/csv';
import { dayIn, timeIn } from '../time';
import { type CrmFile, TIME_LOGGED, activityText } from './export-salesforce';
import type { ExportItem } from './export-select';

/**
 * Files for HubSpot's importer, one per activity object (its importer takes one object per file):
 * calls, meetings, emails and notes (time logged goes in as a note). Each row is associated with
 * its company by "Associated Company IDs" and with contacts by "Associated Contact IDs". Times are
 * the CSM's wall clock (`YYYY-MM-DD HH:mm`), as HubSpot's importer reads them.
 */
const ASSOCIATIONS = ['Associated Company IDs', 'Associated Contact IDs'];
const OWN = ['Fieldbook ID', 'Fieldbook type'];

const FILES = {
  calls: ['Activity date', 'Call title', 'Call notes', 'Call direction', 'Call duration (minutes)', 'Call outcome'],
  meetings: ['Meeting name', 'Meeting start time', 'Meeting end time', 'Meeting outcome', 'Meeting description'],
  emails: ['Activity date', 'Email subject', 'Email body', 'Email direction'],
  notes: ['Activity date', 'Note body'],
} as const;
type HubspotObject = keyof typeof FILES;

const OBJECT_OF: Record<string, HubspotObject> = {
  call: 'calls',
  meeting: 'meetings',
  qbr: 'meetings',
  audit: 'meetings',
  email: 'emails',
  value_report: 'emails',
  monthly_insight: 'emails',
};

function clock(instant: string, timeZone: string): string {
  return `${dayIn(instant, timeZone)} ${timeIn(instant, timeZone)}`;
}

function hubspotIds(contacts: Extract<ExportItem, { table: 'activities' }>['contacts']): string {
  return contacts
    .map((c) => c.externalIds?.hubspot)
    .filter(Boolean)
    .join(';');
}

function activityCells(item: Extract<ExportItem, { table: 'activities' }>, timeZone: string): (string | number)[] {
  const { row } = item;
  const at = clock(row.at, timeZone);
  const text = activityText(item);
  switch (OBJECT_OF[row.kind]) {
    case 'calls':
      return [
        at,
        row.subject,
        text,
        row.direction === 'inbound' ? 'Inbound' : 'Outbound',
        row.durationMinutes,
        row.status === 'no_show' ? 'No answer' : 'Connected',
      ];
    case 'emails':
      return [at, row.subject, text, row.direction === 'inbound' ? 'Incoming' : 'Outgoing'];
    default: {
      const end = clock(new Date(Date.parse(row.at) + row.durationMinutes * 60_000).toISOString(), timeZone);
      return [row.subject, at, end, row.status === 'no_show' ? 'No show' : 'Completed', text];
    }
  }
}

export function hubspotFiles(items: readonly ExportItem[], timeZone: string): CrmFile[] {
  const rows: Record<HubspotObject, (string | number)[][]> = { calls: [], meetings: [], emails: [], notes: [] };
  for (const item of items) {
    if (item.table === 'activities') {
      const cells = activityCells(item, timeZone);
      rows[OBJECT_OF[item.row.kind] ?? 'meetings'].push([
        item.crmAccountId,
        hubspotIds(item.contacts),
        ...cells,
        item.row.id,
        item.row.kind,
      ]);
    } else if (item.table === 'notes') {
      rows.notes.push([item.crmAccountId, '', clock(item.row.createdAt, timeZone), item.row.body, item.row.id, '']);
    } else {
      const { row } = item;
      const body = [`Time logged: ${row.minutes} min ${labelOf(row.category).toLowerCase()}`, row.note]
        .filter(Boolean)
        .join('\n');
      rows.notes.push([item.crmAccountId, '', `${row.date} 12:00`, body, row.id, TIME_LOGGED]);
    }
  }
  return (Object.keys(FILES) as HubspotObject[])
    .filter((object) => rows[object].length > 0)
    .map((object) => ({
      name: `${object}.csv`,
      text: toCsv([...ASSOCIATIONS, ...FILES[object], ...OWN], rows[object], { neutralise: false }),
      rows: rows[object].length,
    }));
}
