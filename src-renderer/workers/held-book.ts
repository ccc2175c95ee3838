import { indexBook, type AccountData } from '../../src-core/health';
import { TABLE_NAMES, emptyBookTables, type BookTables, type ScopedTableName } from '../../src-core/model';
import { rowsOfAccounts } from '../store/account-rows';
import { changesSince, currentChangeRev } from '../store/change-log';
import type { FieldbookDb } from '../store/db';
import { loadBookTables } from '../store/queries';

/**
 * The book as the worker holds it between requests: every account's rows, indexed, at a change
 * revision (store/change-log.ts). A request for a newer revision re-reads only the accounts that
 * changed since, through their account indexes; the whole book is read once, or again only when
 * it was replaced or most of it changed (one scan then beats hundreds of indexed reads).
 */
export interface HeldBook {
  dbName: string;
  rev: number;
  /** In account id order, as a whole read gives them. */
  accounts: Map<string, AccountData>;
}

export interface CatchUp {
  book: HeldBook;
  /** Accounts re-read (added, changed or removed) by this catch-up; 'all' after a whole read. */
  changed: ReadonlySet<string> | 'all';
  loadMs: number;
}

/** Beyond this share of the book, re-reading account by account costs more than one whole read. */
const PARTIAL_READ_SHARE = 0.25;
const SCOPED = TABLE_NAMES.filter((t): t is ScopedTableName => t !== 'accounts');

export async function catchUp(db: FieldbookDb, held: HeldBook | null, wantRev: number): Promise<CatchUp> {
  const start = performance.now();
  const done = (book: HeldBook, changed: CatchUp['changed']): CatchUp => ({
    book,
    changed,
    loadMs: Math.round(performance.now() - start),
  });
  if (held && held.dbName === db.name) {
    if (held.rev >= wantRev) return { book: held, changed: new Set(), loadMs: 0 };
    const since = await changesSince(db, held.rev);
    const limit = Math.max(20, held.accounts.size * PARTIAL_READ_SHARE);
    // Accounts not held yet (arriving with a first sync's pages) are read either way; a whole read
    // would read every held one again too, so only the held ones that changed count.
    const reread = since.accounts.filter((id) => held.accounts.has(id)).length;
    if (!since.wholeBook && reread <= limit) {
      const accounts = await readAccounts(db, since.accounts, held.accounts);
      return done({ dbName: db.name, rev: since.rev, accounts }, new Set(since.accounts));
    }
  }
  // The revision is read before the rows: a change committed in between is read again next time.
  const rev = await currentChangeRev(db);
  const accounts = indexBook(await loadBookTables(db));
  return done({ dbName: db.name, rev, accounts }, 'all');
}

/**
 * The held accounts with these re-read from the store (removed when they left the book), rows
 * in the order a whole read gives them. Decks read one account this way while no book is held.
 */
export async function readAccounts(
  db: FieldbookDb,
  ids: readonly string[],
  held: ReadonlyMap<string, AccountData>,
): Promise<Map<string, AccountData>> {
  if (ids.length === 0) return new Map(held);
  const tables = await db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      const read: BookTables = emptyBookTables();
      read.accounts = (await db.accounts.bulkGet([...ids])).filter((a) => a !== undefined);
      const lists = await Promise.all(SCOPED.map((t) => rowsOfAccounts(db, t, ids).toArray()));
      for (const [i, t] of SCOPED.entries()) (read as Record<string, unknown[]>)[t] = lists[i]!.sort(byId);
      return read;
    },
  );
  const fresh = indexBook(tables);
  const next = new Map(held);
  for (const id of ids) next.delete(id);
  for (const [id, data] of fresh) next.set(id, data);
  // Same order as a whole read (by id), so a catch-up and a fresh read give the same results.
  return new Map([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
