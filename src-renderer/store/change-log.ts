import Dexie from 'dexie';
import type { FieldbookDb } from './db';
import type { BookChange, ChangedTable } from './types';

/**
 * The book's change log (STYLE 16: refresh by table, not by guess). Every transaction that
 * changes the book records, inside itself, which tables and which accounts it touched under a
 * new revision of one counter; so the record commits with the change or not at all.
 *
 * Two readers use it: the screens of this window, told after commit which tables changed (one
 * map turns tables into the queries to re-read: app/refresh-by-table.ts), and the book worker,
 * which asks which accounts changed since the revision it last read and recomputes only those.
 */

export interface ChangeInput {
  tables: Iterable<ChangedTable>;
  accounts?: Iterable<string>;
  wholeBook?: boolean;
  /** A page pulled from the server (see BookChange.pulled). */
  pulled?: boolean;
}

/** The tables a transaction that records a change must include. */
export function changeLogScope(db: FieldbookDb) {
  return [db.meta, db.tableChanges, db.accountChanges];
}

type Listener = (change: BookChange) => void;
/** By database name: a change committed through another connection to the same book is heard too. */
const listeners = new Map<string, Set<Listener>>();
/** Changes recorded by a transaction still open, by its IndexedDB transaction: told once it commits. */
const open = new WeakMap<IDBTransaction, BookChange>();

/**
 * Records a change inside the caller's `rw` transaction (which must include `changeLogScope`).
 * Returns the new revision. Listeners hear of it once the whole transaction commits, merged
 * with any other change the same transaction recorded; a rolled-back transaction tells no one.
 */
export async function recordChange(db: FieldbookDb, input: ChangeInput): Promise<number> {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('recordChange must run inside the transaction that makes the change.');
  const tables = [...new Set(input.tables)];
  const accounts = [...new Set(input.accounts ?? [])];
  const wholeBook = input.wholeBook ?? false;
  const rev = ((await db.meta.get('changeRev'))?.value as number | undefined) ?? 0;
  const next = rev + 1;
  await db.meta.put({ key: 'changeRev', value: next });
  if (wholeBook) {
    await db.meta.put({ key: 'bookReplacedRev', value: next });
    // Readers behind this revision reload everything, so older per-account entries say nothing.
    await db.accountChanges.clear();
  }
  await db.tableChanges.bulkPut(tables.map((table) => ({ table, rev: next })));
  await db.accountChanges.bulkPut(accounts.map((accountId) => ({ accountId, rev: next })));
  tellAfterCommit(db, tx.idbtrans, {
    rev: next,
    tables,
    accounts,
    wholeBook,
    ...(input.pulled ? { pulled: true } : {}),
  });
  return next;
}

function tellAfterCommit(db: FieldbookDb, idbtrans: IDBTransaction, change: BookChange): void {
  const pending = open.get(idbtrans);
  if (pending) {
    pending.rev = change.rev;
    pending.tables = [...new Set([...pending.tables, ...change.tables])];
    pending.accounts = [...new Set([...pending.accounts, ...change.accounts])];
    pending.wholeBook ||= change.wholeBook;
    if (!change.pulled) delete pending.pulled;
    return;
  }
  open.set(idbtrans, change);
  idbtrans.addEventListener('complete', () => {
    open.delete(idbtrans);
    for (const listener of listeners.get(db.name) ?? []) listener(change);
  });
}

/** Hears every change this window's transactions commit to this database. Returns the unsubscribe. */
export function onBookChange(db: FieldbookDb, listener: Listener): () => void {
  const set = listeners.get(db.name) ?? new Set<Listener>();
  listeners.set(db.name, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(db.name);
  };
}

/** The book's current revision (0 for a book that has not changed since the change log began). */
export async function currentChangeRev(db: FieldbookDb): Promise<number> {
  return ((await db.meta.get('changeRev'))?.value as number | undefined) ?? 0;
}

export interface ChangesSince {
  rev: number;
  /** Every account may have changed (the book was replaced): read it all again. */
  wholeBook: boolean;
  accounts: string[];
}

/** What changed after revision `since`: the accounts to read again, or the whole book. */
export async function changesSince(db: FieldbookDb, since: number): Promise<ChangesSince> {
  return db.transaction('r', changeLogScope(db), async () => {
    const [rev, replaced, changed] = await Promise.all([
      currentChangeRev(db),
      db.meta.get('bookReplacedRev'),
      db.accountChanges.where('rev').above(since).primaryKeys(),
    ]);
    const wholeBook = ((replaced?.value as number | undefined) ?? 0) > since;
    return { rev, wholeBook, accounts: wholeBook ? [] : (changed as string[]) };
  });
}
