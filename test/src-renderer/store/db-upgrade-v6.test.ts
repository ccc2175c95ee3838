import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store/db';
import { createWriter } from '../../../src-renderer/store';
import { makeAccount, makeClock, makeNote, V1_LOCAL_SCHEMA } from './fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 5 to 6 (the yearly obligations)', () => {
  it('keeps every row and the outbox, and adds the request, case-study and process tables, ready to write', async () => {
    const name = `fieldbook-upgrade-v6-${process.pid}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    v4.version(2).stores({ warnings: 'id, causeKey' });
    v4.version(3).stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' });
    v4.version(4).stores({});
    v4.version(5).stores({ tableChanges: 'table', accountChanges: 'accountId, rev' });
    await v4.open();
    await v4.table('accounts').put(makeAccount());
    await v4.table('notes').put(makeNote({ id: 'n-1' }));
    const pending = { mutationId: 'm-1', table: 'notes', op: 'upsert', id: 'n-1', fields: {}, accountId: 'acc-1' };
    await v4.table('outbox').add({ ...pending, createdAt: 'x' });
    v4.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-1']);
    expect((await db.outbox.toArray()).map((o) => o.mutationId)).toEqual(['m-1']);
    expect(await db.clientRequests.count()).toBe(0);

    const writer = createWriter(db, makeClock(), 'Avery');
    const saved = await writer.upsertRow('processes', {
      accountId: 'acc-1',
      title: 'Onboarding kickoff agenda',
      documentedOn: '2026-09-02',
      link: '',
      body: 'Agenda, owners, first quick win.',
    });
    expect(await db.processes.where('accountId').equals('acc-1').toArray()).toEqual([saved]);
    // The new row waits in the same outbox, behind the edit made before the upgrade.
    expect((await db.outbox.toArray()).map((o) => o.table)).toEqual(['notes', 'processes']);
  });
});
