import type { Collection } from 'dexie';
import type { RowOf, ScopedTableName } from '../../src-core/model';
import type { FieldbookDb } from './db';

/**
 * How each scoped table is read for one account: through `accountId` or through its
 * `[accountId+…]` compound index, whose key order is the order the screens show.
 */
const ACCOUNT_INDEX: Record<ScopedTableName, { index: string; parts: number }> = {
  contacts: { index: 'accountId', parts: 1 },
  contracts: { index: 'accountId', parts: 1 },
  goals: { index: 'accountId', parts: 1 },
  metrics: { index: '[accountId+metric+channel+year]', parts: 4 },
  activities: { index: '[accountId+at]', parts: 2 },
  tickets: { index: '[accountId+openedAt]', parts: 2 },
  opportunities: { index: 'accountId', parts: 1 },
  referrals: { index: 'accountId', parts: 1 },
  feedback: { index: '[accountId+date]', parts: 2 },
  invoices: { index: '[accountId+dueDate]', parts: 2 },
  notes: { index: '[accountId+createdAt]', parts: 2 },
  tasks: { index: 'accountId', parts: 1 },
  timeEntries: { index: '[accountId+date]', parts: 2 },
  healthOverrides: { index: 'accountId', parts: 1 },
  onboardingSteps: { index: 'accountId', parts: 1 },
  decks: { index: 'accountId', parts: 1 },
  clientRequests: { index: 'accountId', parts: 1 },
  caseStudies: { index: 'accountId', parts: 1 },
  processes: { index: 'accountId', parts: 1 },
};

/** Tables whose account index is dated: screens show them newest first. */
export const DATED_TABLES: ReadonlySet<ScopedTableName> = new Set(
  (Object.keys(ACCOUNT_INDEX) as ScopedTableName[]).filter((t) => ACCOUNT_INDEX[t].parts === 2),
);

/** One account's rows of one table, in index order (dated tables: oldest first). */
export function accountRows<T extends ScopedTableName>(
  db: FieldbookDb,
  table: T,
  accountId: string,
): Collection<RowOf<T>, string> {
  const { index, parts } = ACCOUNT_INDEX[table];
  const source = db.synced(table);
  if (parts === 1) return source.where(index).equals(accountId);
  // Key order puts [id] before every [id, …] and any array after every string or number, so
  // this range holds exactly the account's keys whatever their later parts are.
  return source.where(index).between([accountId], [accountId, []], true, false);
}

/**
 * The rows of one table for many accounts in ONE indexed query (not one query per account: each
 * query costs milliseconds, and a pulled page or an import touches hundreds of accounts).
 */
export function rowsOfAccounts<T extends ScopedTableName>(
  db: FieldbookDb,
  table: T,
  accountIds: readonly string[],
): Collection<RowOf<T>, string> {
  const { index, parts } = ACCOUNT_INDEX[table];
  const source = db.synced(table);
  if (parts === 1) return source.where(index).anyOf([...accountIds]);
  return source.where(index).inAnyRange(
    accountIds.map((id) => [[id], [id, []]]),
    { includeLowers: true, includeUppers: false },
  );
}

/** Rows grouped by their account, in the order given. */
export function groupByAccount<R extends { accountId: string }>(rows: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
}
