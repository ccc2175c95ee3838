import type { Activity, AnyRow, BookTables, Contact, MetricSeries, TableName } from '../model';
import { accountIdOf } from '../model';
import type { CrmSystem } from './types';

/**
 * The book as the importer looks rows up in it: by id, by CRM record id (`externalIds`), accounts
 * by name, contacts by email. Rows the import creates are added as it goes, so a Contacts file
 * finds the accounts the Accounts file beside it brings. Per-account touchpoints and series are
 * gathered only when a calendar or KPI file asks for them.
 */
export interface BookIndex {
  row(table: TableName, id: string): AnyRow | undefined;
  /** The account of the row (any table) that has this CRM record id. */
  accountOfRecord(crm: CrmSystem, crmId: string): string | undefined;
  accountOfRecordTable(crm: CrmSystem, crmId: string): TableName | undefined;
  accountsNamed(name: string): string[];
  contactOfRecord(crm: CrmSystem, crmId: string): Contact | undefined;
  contactByEmail(email: string): Contact | undefined;
  /** An account's touchpoints. */
  activitiesOf(accountId: string): Activity[];
  /** An account's KPI series. */
  seriesOf(accountId: string): MetricSeries[];
  put(table: TableName, row: AnyRow): void;
  accounts(): Iterable<AnyRow>;
  contacts(): Iterable<Contact>;
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

type WithExternal = AnyRow & { externalIds?: Partial<Record<string, string>> };

function byAccount<T extends { accountId: string }>(rows: Iterable<T>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

export function createBookIndex(tables: BookTables): BookIndex {
  const byId = new Map<TableName, Map<string, AnyRow>>();
  const records = new Map<string, { table: TableName; accountId: string }>();
  const names = new Map<string, Set<string>>();
  const contactsByRecord = new Map<string, Contact>();
  const contactsByEmail = new Map<string, Contact>();
  let activities: Map<string, Activity[]> | null = null;
  let series: Map<string, MetricSeries[]> | null = null;
  const rowsOf = (table: TableName) => byId.get(table)?.values() ?? [].values();

  function put(table: TableName, row: AnyRow): void {
    const rows = byId.get(table) ?? new Map<string, AnyRow>();
    byId.set(table, rows);
    const previous = rows.get(row.id);
    rows.set(row.id, row);
    const ids = (row as WithExternal).externalIds;
    if (ids) {
      for (const crm of ['salesforce', 'hubspot'] as const) {
        const crmId = ids[crm];
        if (!crmId) continue;
        records.set(`${crm}:${crmId}`, { table, accountId: accountIdOf(table, row as { id: string }) });
        if (table === 'contacts') contactsByRecord.set(`${crm}:${crmId}`, row as Contact);
      }
    }
    if (table === 'accounts') {
      if (previous) names.get(nameKey((previous as { name: string }).name))?.delete(row.id);
      const n = nameKey((row as { name: string }).name);
      names.set(n, (names.get(n) ?? new Set()).add(row.id));
    } else if (table === 'contacts') {
      const email = (row as Contact).email.trim().toLowerCase();
      if (email) contactsByEmail.set(email, row as Contact);
    } else if (table === 'activities') activities = null;
    else if (table === 'metrics') series = null;
  }

  for (const table of Object.keys(tables) as TableName[]) {
    for (const row of tables[table] as AnyRow[]) if (!row.deleted) put(table, row);
  }
  return {
    row: (table, id) => byId.get(table)?.get(id),
    accountOfRecord: (crm, crmId) => records.get(`${crm}:${crmId}`)?.accountId,
    accountOfRecordTable: (crm, crmId) => records.get(`${crm}:${crmId}`)?.table,
    accountsNamed: (name) => [...(names.get(nameKey(name)) ?? [])],
    contactOfRecord: (crm, crmId) => contactsByRecord.get(`${crm}:${crmId}`),
    contactByEmail: (email) => contactsByEmail.get(email.trim().toLowerCase()),
    activitiesOf(accountId) {
      activities ??= byAccount(rowsOf('activities') as Iterable<Activity>);
      return activities.get(accountId) ?? [];
    },
    seriesOf(accountId) {
      series ??= byAccount(rowsOf('metrics') as Iterable<MetricSeries>);
      return series.get(accountId) ?? [];
    },
    put,
    accounts: () => rowsOf('accounts'),
    contacts: () => rowsOf('contacts') as Iterable<Contact>,
  };
}
