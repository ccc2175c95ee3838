import type { Account, Activity, BookTables, Contact, ExportTarget, Note, TimeEntry } from '../model';

/**
 * What "Export for CRM" sends: the touchpoints, notes and time entries the CSM logged in Fieldbook
 * that have not gone to that CRM yet (each row goes once; `exportedTo` marks it), optionally only
 * from a date on. Rows that came from a CRM are never sent back; planned (future, scheduled)
 * touchpoints wait until they happen. A row whose account has no record id in that CRM cannot be
 * attached to anything there: it is listed as not exported, and waits.
 */
export type ExportItem =
  | { table: 'activities'; row: Activity; account: Account; crmAccountId: string; contacts: Contact[] }
  | { table: 'notes'; row: Note; account: Account; crmAccountId: string }
  | { table: 'timeEntries'; row: TimeEntry; account: Account; crmAccountId: string };

export interface NotExported {
  table: 'activities' | 'notes' | 'timeEntries';
  id: string;
  accountName: string;
  reason: string;
}

export interface ExportSelection {
  items: ExportItem[];
  notExported: NotExported[];
}

export const CRM_NAMES: Record<ExportTarget, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };

type Markable = { exportedTo?: Partial<Record<ExportTarget, string>>; externalIds?: Record<string, string> };

function pending(row: Markable & { deleted: boolean }, target: ExportTarget): boolean {
  if (row.deleted || row.exportedTo?.[target]) return false;
  return !row.externalIds?.salesforce && !row.externalIds?.hubspot;
}

export function selectForCrm(
  book: BookTables,
  target: ExportTarget,
  options: { now: string; since?: string | null },
): ExportSelection {
  const accounts = new Map(book.accounts.map((a) => [a.id, a]));
  const contacts = new Map(book.contacts.map((c) => [c.id, c]));
  const since = options.since ?? '';
  const items: ExportItem[] = [];
  const notExported: NotExported[] = [];
  const take = (
    table: ExportItem['table'],
    row: { id: string; accountId: string },
    add: (a: Account, crmId: string) => void,
  ) => {
    const account = accounts.get(row.accountId);
    if (!account) return;
    const crmId = account.externalIds?.[target];
    if (crmId) return add(account, crmId);
    notExported.push({
      table,
      id: row.id,
      accountName: account.name,
      reason: `${account.name} has no ${CRM_NAMES[target]} record id: import the account from ${CRM_NAMES[target]} first`,
    });
  };
  for (const row of book.activities) {
    const logged = (row.status === 'completed' || row.status === 'no_show') && row.at <= options.now;
    if (!logged || !pending(row, target) || row.at.slice(0, 10) < since) continue;
    const people = row.attendeeIds.map((id) => contacts.get(id)).filter((c): c is Contact => !!c);
    take('activities', row, (account, crmAccountId) =>
      items.push({ table: 'activities', row, account, crmAccountId, contacts: people }),
    );
  }
  for (const row of book.notes) {
    if (!pending(row, target) || row.createdAt.slice(0, 10) < since) continue;
    take('notes', row, (account, crmAccountId) => items.push({ table: 'notes', row, account, crmAccountId }));
  }
  for (const row of book.timeEntries) {
    if (!pending(row, target) || row.date < since) continue;
    take('timeEntries', row, (account, crmAccountId) =>
      items.push({ table: 'timeEntries', row, account, crmAccountId }),
    );
  }
  items.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
  return { items, notExported };
}

function dateOf(item: ExportItem): string {
  return item.table === 'activities' ? item.row.at : item.table === 'notes' ? item.row.createdAt : item.row.date;
}
