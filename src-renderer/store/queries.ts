import {
  TABLE_NAMES,
  emptyBookTables,
  type BookTables,
  type ScopedTableName,
  type TableName,
} from '../../src-core/model';
import { DATED_TABLES, accountRows } from './account-rows';
import type { FieldbookDb } from './db';
import { getMeta } from './meta';
import { emptySummary } from './summaries';
import type { AccountDetail, BookRow } from './types';

/**
 * Plain async reads; the react-query layer wraps them. None scans a large table: the Book reads
 * accounts and their summaries, an account reads through its `[accountId+…]` indexes.
 */

/**
 * Every account with its counters, by name. Two table reads, whatever the number of touchpoints.
 * `arrivedOnly`, during a first sync: only the accounts whose summary is stored, which the sync
 * writes once all of an account's rows have landed (sync/first-sync.ts).
 */
export async function listBook(db: FieldbookDb, options: { arrivedOnly?: boolean } = {}): Promise<BookRow[]> {
  const [accounts, summaries] = await db.transaction('r', [db.accounts, db.accountSummaries], () =>
    Promise.all([db.accounts.toArray(), db.accountSummaries.toArray()]),
  );
  const byAccount = new Map(summaries.map((s) => [s.accountId, s]));
  return accounts
    .filter((account) => !options.arrivedOnly || byAccount.has(account.id))
    .map((account) => ({ account, summary: byAccount.get(account.id) ?? emptySummary(account.id) }))
    .sort((a, b) => a.account.name.localeCompare(b.account.name, 'en'));
}

const SCOPED_TABLES = TABLE_NAMES.filter((t): t is ScopedTableName => t !== 'accounts');

/**
 * One account and everything under it. Dated tables (activities, notes, tickets, invoices,
 * feedback, time entries) come newest first, as the timeline shows them; metrics by metric,
 * channel and year; the rest in id order.
 */
export async function getAccountDetail(db: FieldbookDb, accountId: string): Promise<AccountDetail | null> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      const account = await db.accounts.get(accountId);
      if (!account) return null;
      const lists = await Promise.all(
        SCOPED_TABLES.map((t) =>
          (DATED_TABLES.has(t) ? accountRows(db, t, accountId).reverse() : accountRows(db, t, accountId)).toArray(),
        ),
      );
      const detail = { account } as Record<string, unknown>;
      for (const [i, t] of SCOPED_TABLES.entries()) detail[t] = lists[i];
      return detail as AccountDetail;
    },
  );
}

/**
 * Rows per request of a whole-book read. IndexedDB serves every connection's requests one at a
 * time, so one request for a table of 50,000 rows holds the store for seconds: the Book's first
 * reads after a reload, or an account opened while the worker reads, waited behind it (profiled:
 * the next page load's open waited 1.5–2.6 s on a 500-account book). Pages of this size keep each
 * request to tens of milliseconds.
 */
export const WHOLE_READ_PAGE = 2_000;

/** Every row of one table in primary-key order (as `toArray` gives them), one page per request. */
async function readPaged(db: FieldbookDb, table: TableName): Promise<unknown[]> {
  const rows: unknown[] = [];
  let page = await db.table(table).limit(WHOLE_READ_PAGE).toArray();
  while (page.length > 0) {
    rows.push(...page);
    if (page.length < WHOLE_READ_PAGE) break;
    const last = (page.at(-1) as { id: string }).id;
    page = await db.table(table).where(':id').above(last).limit(WHOLE_READ_PAGE).toArray();
  }
  return rows;
}

/** The whole book in memory, for health, the scorecard and decks: one snapshot, read table by table in pages. */
export async function loadBookTables(db: FieldbookDb): Promise<BookTables> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      const tables = emptyBookTables();
      for (const t of TABLE_NAMES) (tables as Record<string, unknown[]>)[t] = await readPaged(db, t);
      return tables;
    },
  );
}

/** Local edits not yet accepted by the server, settings edits included. The outboxes are small, so counting is cheap. */
export async function pendingCount(db: FieldbookDb): Promise<number> {
  const [rows, settings] = await Promise.all([db.outbox.count(), db.settingsOutbox.filter((e) => !e.rejected).count()]);
  return rows + settings;
}

/** Edits the server refused and the CSM has not yet retried or discarded, settings edits included. */
export async function couldntSyncCount(db: FieldbookDb): Promise<number> {
  const [rows, settings] = await Promise.all([
    db.rejected.count(),
    db.settingsOutbox.filter((e) => !!e.rejected).count(),
  ]);
  return rows + settings;
}

/** Whether a book (demo, file or server) has been loaded into this database. */
export async function hasBook(db: FieldbookDb): Promise<boolean> {
  return (await getMeta(db, 'bookSource')) !== undefined;
}
