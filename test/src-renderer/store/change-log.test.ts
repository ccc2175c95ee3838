import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src-core/sync/protocol';
import {
  changesSince,
  createWriter,
  currentChangeRev,
  importBook,
  onBookChange,
  writeScope,
  type BookChange,
  type FieldbookDb,
} from '../../../src-renderer/store';
import { applyPulledPage } from '../../../src-renderer/sync';
import { freshDb, makeAccount, makeActivity, makeBook, makeClock, makeNote } from './fixtures';

let db: FieldbookDb;
let heard: BookChange[];
beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({ accounts: [makeAccount(), makeAccount({ id: 'acc-2', name: 'Cool Air HVAC' })] }),
    'file',
  );
  heard = [];
  onBookChange(db, (change) => heard.push(change));
});
afterEach(async () => db.delete());

const tableRevs = async () => Object.fromEntries((await db.tableChanges.toArray()).map((t) => [t.table, t.rev]));

describe('the change log', () => {
  it('records a write’s table and account inside its transaction, and tells this window after commit', async () => {
    const before = await currentChangeRev(db);
    await createWriter(db, makeClock(), 'Sam').addNote('acc-2', 'Asked about the spring campaign');
    const rev = await currentChangeRev(db);
    expect(rev).toBe(before + 1);
    expect(await tableRevs()).toMatchObject({ notes: rev, outbox: rev });
    expect(await db.accountChanges.get('acc-2')).toEqual({ accountId: 'acc-2', rev });
    expect(heard).toEqual([{ rev, tables: ['notes', 'outbox'], accounts: ['acc-2'], wholeBook: false }]);
    // The worker's question: what changed after the revision it holds.
    expect(await changesSince(db, before)).toEqual({ rev, wholeBook: false, accounts: ['acc-2'] });
    expect(await changesSince(db, rev)).toEqual({ rev, wholeBook: false, accounts: [] });
  });

  it('records nothing and tells no one when the write fails', async () => {
    const before = await currentChangeRev(db);
    await expect(createWriter(db, makeClock(), 'Sam').addNote('acc-gone', 'No such account')).rejects.toThrow();
    expect(await currentChangeRev(db)).toBe(before);
    expect(heard).toEqual([]);
  });

  it('tells once for a transaction that makes several writes (a logged meeting), with all they touched', async () => {
    const writer = createWriter(db, makeClock(), 'Sam');
    await db.transaction('rw', writeScope(db), async () => {
      await writer.logActivity({ ...makeActivity({ accountId: 'acc-1' }), attendeeIds: [], insight: null });
      await writer.addNote('acc-2', 'Follow-up');
    });
    expect(heard).toHaveLength(1);
    expect(heard[0]!.tables.sort()).toEqual(['activities', 'notes', 'outbox']);
    expect(heard[0]!.accounts.sort()).toEqual(['acc-1', 'acc-2']);
    expect(heard[0]!.rev).toBe(await currentChangeRev(db));
  });

  it('records every account a pulled page wrote, even a change no summary reads (a note’s text)', async () => {
    const before = await currentChangeRev(db);
    const page: PullResponse = {
      cursor: 'c1',
      more: false,
      reset: false,
      changes: [{ table: 'notes', id: 'n-1', rev: 5, deleted: false, row: makeNote({ accountId: 'acc-2', rev: 5 }) }],
      removedAccounts: [],
    };
    await applyPulledPage(db, page);
    expect(heard).toEqual([
      { rev: before + 1, tables: ['notes'], accounts: ['acc-2'], wholeBook: false, pulled: true },
    ]);
    // The same page again writes the same rows: recorded again, harmless to every reader.
    await applyPulledPage(db, structuredClone(page));
    expect((await changesSince(db, before)).accounts).toEqual(['acc-2']);
  });

  it('marks the whole book when it is replaced (an imported book, a reset pull)', async () => {
    const before = await currentChangeRev(db);
    await applyPulledPage(db, { cursor: 'c2', more: false, reset: true, changes: [], removedAccounts: [] });
    expect(heard[0]!.wholeBook).toBe(true);
    expect(await changesSince(db, before)).toEqual({ rev: before + 1, wholeBook: true, accounts: [] });
    await importBook(db, makeBook({ accounts: [makeAccount()] }), 'file');
    expect(heard[1]!.wholeBook).toBe(true);
    expect(heard[1]!.tables).toContain('accounts');
  });

  it('records an account the server removed from the book', async () => {
    await createWriter(db, makeClock(), 'Sam').addNote('acc-2', 'Before the reassignment');
    const before = await currentChangeRev(db);
    await applyPulledPage(db, { cursor: 'c3', more: false, reset: false, changes: [], removedAccounts: ['acc-2'] });
    expect(heard.at(-1)!.accounts).toEqual(['acc-2']);
    expect(heard.at(-1)!.tables.sort()).toEqual(['accounts', 'notes']);
    expect((await changesSince(db, before)).accounts).toEqual(['acc-2']);
  });
});
