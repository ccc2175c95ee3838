import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store/db';
import { changesSince, createWriter, currentChangeRev } from '../../../src-renderer/store';
import { makeAccount, makeClock, makeNote, V1_LOCAL_SCHEMA } from './fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 4 to 5 (the change log)', () => {
  it('keeps every row and the outbox, starts the log at revision 0, and the next write is recorded', async () => {
    const name = `fieldbook-upgrade-v5-${process.pid}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    v4.version(2).stores({ warnings: 'id, causeKey' });
    v4.version(3).stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' });
    v4.version(4).stores({});
    await v4.open();
    await v4.table('accounts').put(makeAccount());
    await v4.table('notes').put(makeNote());
    const pending = {
      mutationId: 'm-1',
      table: 'notes',
      op: 'upsert',
      id: 'n',
      fields: {},
      accountId: 'acc-1',
      createdAt: 'x',
    };
    await v4.table('outbox').add(pending);
    await v4.table('meta').put({ key: 'cursor', value: 'c-9' });
    v4.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.accounts.toArray()).toEqual([makeAccount()]);
    expect(await db.notes.toArray()).toEqual([makeNote()]);
    expect(await db.outbox.toArray()).toEqual([{ ...pending, seq: 1 }]);
    expect((await db.meta.get('cursor'))?.value).toBe('c-9');
    // A book from before the log: revision 0, nothing recorded, so a reader starting at 0 reads it whole.
    expect(await currentChangeRev(db)).toBe(0);
    expect(await db.tableChanges.count()).toBe(0);
    await createWriter(db, makeClock(), 'Sam').addNote('acc-1', 'After the upgrade');
    expect(await changesSince(db, 0)).toEqual({ rev: 1, wholeBook: false, accounts: ['acc-1'] });
  });
});
