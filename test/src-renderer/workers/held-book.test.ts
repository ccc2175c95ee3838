import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { indexBook } from '../../../src-core/health';
import { loadBookTables, type FieldbookDb } from '../../../src-renderer/store';
import { changeLogScope, recordChange } from '../../../src-renderer/store/change-log';
import { catchUp } from '../../../src-renderer/workers/held-book';
import { freshDb, makeAccount, makeBook, makeNote } from '../store/fixtures';
import { importBook } from '../../../src-renderer/store';

let db: FieldbookDb;
afterEach(async () => db?.delete());

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `acc-${from + i}`);

/** Accounts with a note each, written and recorded as a pulled page records them. */
async function pulled(accounts: string[]): Promise<void> {
  await db.transaction('rw', [db.accounts, db.notes, ...changeLogScope(db)], async () => {
    await db.accounts.bulkPut(accounts.map((id) => makeAccount({ id, name: id })));
    await db.notes.bulkPut(accounts.map((id) => makeNote({ id: `note-${id}`, accountId: id })));
    await recordChange(db, { tables: ['accounts', 'notes'], accounts, pulled: true });
  });
}

describe('the book worker catching up', () => {
  it('reads only the accounts that arrived when a first sync brings more than it holds', async () => {
    db = freshDb();
    await importBook(db, makeBook({ accounts: ids(0, 10).map((id) => makeAccount({ id, name: id })) }), 'file');
    const first = await catchUp(db, null, Number.POSITIVE_INFINITY);
    expect(first.changed).toBe('all');

    // Thirty new accounts, three times what is held: still read account by account.
    await pulled(ids(10, 30));
    const next = await catchUp(db, first.book, Number.POSITIVE_INFINITY);
    expect(next.changed).toEqual(new Set(ids(10, 30)));
    expect(next.book.accounts).toEqual(indexBook(await loadBookTables(db)));
  });

  it('reads the whole book again when most of what it holds changed', async () => {
    db = freshDb();
    await importBook(db, makeBook({ accounts: ids(0, 40).map((id) => makeAccount({ id, name: id })) }), 'file');
    const first = await catchUp(db, null, Number.POSITIVE_INFINITY);
    // 21 of 40 held accounts changed: beyond max(20, a quarter of the book).
    await pulled(ids(0, 21));
    const next = await catchUp(db, first.book, Number.POSITIVE_INFINITY);
    expect(next.changed).toBe('all');
    expect(next.book.accounts).toEqual(indexBook(await loadBookTables(db)));
  });
});
