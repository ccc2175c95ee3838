import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store/db';
import { createWriter } from '../../../src-renderer/store';
import { readCurrentResults, saveResults } from '../../../src-renderer/store/stored-results';
import { makeAccount, makeClock, makeNote, V1_LOCAL_SCHEMA } from './fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 6 to 7 (results stored for a cold open)', () => {
  it('keeps every row, the outbox and the change log, and adds an empty results table, ready to write', async () => {
    const name = `fieldbook-upgrade-v7-${process.pid}`;
    const v6 = new Dexie(name);
    v6.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    v6.version(2).stores({ warnings: 'id, causeKey' });
    v6.version(3).stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' });
    v6.version(4).stores({});
    v6.version(5).stores({ tableChanges: 'table', accountChanges: 'accountId, rev' });
    v6.version(6).stores({ clientRequests: 'id, accountId', caseStudies: 'id, accountId', processes: 'id, accountId' });
    await v6.open();
    await v6.table('accounts').put(makeAccount());
    await v6.table('notes').put(makeNote({ id: 'n-1' }));
    const pending = { mutationId: 'm-1', table: 'notes', op: 'upsert', id: 'n-1', fields: {}, accountId: 'acc-1' };
    await v6.table('outbox').add({ ...pending, createdAt: 'x' });
    await v6.table('meta').put({ key: 'changeRev', value: 4 });
    await v6.table('accountChanges').put({ accountId: 'acc-1', rev: 4 });
    v6.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-1']);
    expect((await db.outbox.toArray()).map((o) => o.mutationId)).toEqual(['m-1']);
    expect(await db.accountChanges.get('acc-1')).toEqual({ accountId: 'acc-1', rev: 4 });
    expect(await db.accountResults.count()).toBe(0);

    // Results stored at the book's revision are current; a note written after makes them stale.
    const stamp = { settingsKey: 's', day: '2026-09-01' };
    await saveResults(db, [{ accountId: 'acc-1', rev: 4, ...stamp, results: { score: 80 } }]);
    expect((await readCurrentResults(db, stamp)).map((r) => r.accountId)).toEqual(['acc-1']);
    await createWriter(db, makeClock(), 'Avery').addNote('acc-1', 'After the upgrade.');
    expect(await readCurrentResults(db, stamp)).toEqual([]);
    expect((await db.outbox.toArray()).map((o) => o.mutationId)).toHaveLength(2);
  });
});
