import { emptyBookTables, SCOPED_TABLE_NAMES, type BookTables, type RowOf, type ScopedTableName } from '../model';

type Scoped = { [T in ScopedTableName]: RowOf<T>[] };

/** One account with every row that hangs from it: what health, warnings and cadence read. */
export type AccountData = { account: RowOf<'accounts'> } & Scoped;

const SCOPED = SCOPED_TABLE_NAMES;

/**
 * Groups a whole book by account in one pass over each table (a 500-account book has ~25,000
 * series records; per-account filtering would be quadratic). Deleted rows are left out.
 */
export function indexBook(tables: BookTables): Map<string, AccountData> {
  const byAccount = new Map<string, AccountData>();
  for (const account of tables.accounts) {
    if (account.deleted) continue;
    const data = { account } as AccountData;
    for (const t of SCOPED) (data as Record<string, unknown>)[t] = [];
    byAccount.set(account.id, data);
  }
  for (const t of SCOPED) {
    for (const row of tables[t] as { accountId: string; deleted: boolean }[]) {
      if (row.deleted) continue;
      const data = byAccount.get(row.accountId);
      if (data) (data[t] as unknown[]).push(row);
    }
  }
  return byAccount;
}

/** An account with no rows yet, for tests and for a freshly created account. */
export function accountDataOf(account: RowOf<'accounts'>, rows: Partial<Scoped> = {}): AccountData {
  const data = { account } as AccountData;
  for (const t of SCOPED) (data as Record<string, unknown>)[t] = rows[t] ?? [];
  return data;
}

/**
 * One account's rows as a book of one account, for what reads a book (the deck spec builders,
 * `deckDataHash`): they then look through this account's rows only, never a whole book's.
 */
export function accountBook(data: AccountData): BookTables {
  const { account, ...rows } = data;
  return { ...emptyBookTables(), ...rows, accounts: [account] };
}
