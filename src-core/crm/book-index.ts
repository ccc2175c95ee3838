import type { AnyRow, BookTables, Contact, MetricSeries, TableName } from '../model';
import { accountIdOf } from '../model';
import type { CrmSystem } from './types';

/**
 * The book as the importer looks rows up in it: by id, by CRM record id (`externalIds`, or the
 * id a CRM row was given), accounts by name, contacts by email. Rows the import creates are added
 * as it goes, so a Contacts file finds the accounts the Accounts file beside it brings.
 */
export interface BookIndex {
  row(table: TableName, id: string): AnyRow | undefined;
  /** The account of the row (any table) that has this CRM record id. */
  accountOfRecord(crm: CrmSystem, crmId: string): string | undefined;
  accountOfRecordTable(crm: CrmSystem, crmId: string): TableName | undefined;
  accountsNamed(name: string): string[];
  contactOfRecord(crm: CrmSystem, crmId: string): Contact | undefined;
  contactByEmail(email: string): Contact | undefined;
  /** An account's KPI series. */
  seriesOf(accountId: string): MetricSeries[];
  put(table: TableName, row: AnyRow): void;
  accounts(): Iterable<AnyRow>;
  contacts(): Iterable<Contact>;
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

type WithExternal = AnyRow & { externalIds?: Partial<Record<CrmSystem, string>>; accountId?: string };

export function createBookIndex(tables: BookTables): BookIndex {
  const byId = new Map<string, AnyRow>();
  const records = new Map<string, { table: TableName; accountId: string }>();
  const names = new Map<string, Set<string>>();
  const contactsByRecord = new Map<string, Contact>();
  const contactsByEmail = new Map<string, Contact>();
  const series = new Map<string, Map<string, MetricSeries>>();
  const key = (table: string, id: string) => `${table}\u0001${id}`;

  function put(table: TableName, row: AnyRow): void {
    const previous = byId.get(key(table, row.id));
    byId.set(key(table, row.id), row);
    const r = row as WithExternal;
    for (const [crm, crmId] of Object.entries(r.externalIds ?? {})) {
      if (crm === 'calendar' || !crmId) continue;
      records.set(`${crm}:${crmId}`, { table, accountId: accountIdOf(table, r) });
      if (table === 'contacts') contactsByRecord.set(`${crm}:${crmId}`, row as Contact);
    }
    if (table === 'accounts') {
      if (previous) names.get(nameKey((previous as { name: string }).name))?.delete(row.id);
      const n = nameKey((row as { name: string }).name);
      names.set(n, (names.get(n) ?? new Set()).add(row.id));
    }
    if (table === 'metrics') {
      const s = row as MetricSeries;
      series.set(s.accountId, (series.get(s.accountId) ?? new Map()).set(s.id, s));
    }
    if (table === 'contacts') {
      const email = (row as Contact).email.trim().toLowerCase();
      if (email) contactsByEmail.set(email, row as Contact);
    }
  }

  for (const table of Object.keys(tables) as TableName[]) {
    for (const row of tables[table] as AnyRow[]) if (!row.deleted) put(table, row);
  }
  return {
    row: (table, id) => byId.get(key(table, id)),
    accountOfRecord: (crm, crmId) => records.get(`${crm}:${crmId}`)?.accountId,
    accountOfRecordTable: (crm, crmId) => records.get(`${crm}:${crmId}`)?.table,
    accountsNamed: (name) => [...(names.get(nameKey(name)) ?? [])],
    contactOfRecord: (crm, crmId) => contactsByRecord.get(`${crm}:${crmId}`),
    contactByEmail: (email) => contactsByEmail.get(email.trim().toLowerCase()),
    seriesOf: (accountId) => [...(series.get(accountId)?.values() ?? [])],
    put,
    *accounts() {
      for (const [k, row] of byId) if (k.startsWith('accounts\u0001')) yield row;
    },
    *contacts() {
      for (const [k, row] of byId) if (k.startsWith('contacts\u0001')) yield row as Contact;
    },
  };
}
