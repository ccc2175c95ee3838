import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store/db';
import { makeAccount, makeActivity, V1_LOCAL_SCHEMA } from './fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 3 to 4 (one definition of last contact)', () => {
  it('recounts every stored summary’s last contact as the last two-way contact, keeping every row', async () => {
    const name = `fieldbook-upgrade-v4-${process.pid}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    v3.version(2).stores({ warnings: 'id, causeKey' });
    v3.version(3).stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' });
    await v3.open();
    await v3.table('accounts').bulkPut([makeAccount(), makeAccount({ id: 'acc-2', name: 'Cool Air HVAC' })]);
    const call = makeActivity({ id: 'call', at: '2026-08-20T15:00:00.000Z' });
    // v3 counted this unanswered email as the last contact.
    const email = makeActivity({ id: 'email', kind: 'email', direction: 'outbound', at: '2026-09-01T09:30:00.000Z' });
    await v3.table('activities').bulkPut([call, email]);
    const summary = (accountId: string, lastContactAt: string | null) => ({
      accountId,
      monthlyValueCents: 100_000,
      renewalDate: null,
      services: [],
      lastContactAt,
      openTickets: 0,
      openTasks: 0,
      nextMeetingAt: null,
    });
    await v3.table('accountSummaries').bulkPut([summary('acc-1', email.at), summary('acc-2', email.at)]);
    await v3.table('outbox').add({
      mutationId: 'm-1',
      table: 'notes',
      op: 'upsert',
      id: 'n',
      fields: {},
      accountId: 'acc-1',
      createdAt: 'x',
    });
    // Version 3's settings layers and a settings edit waiting to sync ride through untouched.
    const layer = {
      id: 'user:settings',
      scope: 'user',
      kind: 'settings',
      rev: 4,
      layer: { timeZone: 'America/Chicago' },
    };
    await v3.table('settingsLayers').put(layer);
    const edit = { editId: 'e-1', scope: 'user', kind: 'settings', ops: [], createdAt: 'x' };
    await v3.table('settingsOutbox').add(edit);
    v3.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.accountSummaries.get('acc-1')).toEqual(summary('acc-1', '2026-08-20T15:00:00.000Z'));
    // No activities at all: never contacted.
    expect(await db.accountSummaries.get('acc-2')).toEqual(summary('acc-2', null));
    expect(await db.activities.count()).toBe(2);
    expect((await db.outbox.toArray()).map((o) => o.mutationId)).toEqual(['m-1']);
    expect(await db.settingsLayers.toArray()).toEqual([layer]);
    expect(await db.settingsOutbox.toArray()).toEqual([{ ...edit, seq: 1 }]);
  });
});
