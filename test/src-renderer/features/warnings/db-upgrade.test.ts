import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../../src-core/model';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../../src-renderer/store/db';
import { makeAccount, makeActivity, makeNote, makeTask, V1_LOCAL_SCHEMA } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 1 to 2 (the warnings inbox)', () => {
  it('keeps every row, the outbox, the couldn’t-sync list and meta, and adds an empty warnings table', async () => {
    const name = `fieldbook-upgrade-${process.pid}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    await v1.open();
    await v1.table('accounts').bulkPut([makeAccount(), makeAccount({ id: 'acc-2', name: 'Cool Air HVAC' })]);
    await v1.table('activities').put(makeActivity());
    await v1.table('notes').put(makeNote());
    await v1.table('tasks').put(makeTask());
    await v1.table('outbox').bulkAdd([
      {
        mutationId: 'm-1',
        table: 'notes',
        op: 'upsert',
        id: 'note-1',
        fields: { body: 'x' },
        accountId: 'acc-1',
        createdAt: '2026-09-01T09:00:00.000Z',
      },
      {
        mutationId: 'm-2',
        table: 'tasks',
        op: 'patch',
        id: 'task-1',
        fields: { status: 'done' },
        accountId: 'acc-1',
        createdAt: '2026-09-01T09:01:00.000Z',
      },
    ]);
    await v1.table('rejected').put({
      mutationId: 'm-0',
      table: 'notes',
      op: 'upsert',
      id: 'n',
      fields: {},
      accountId: 'acc-1',
      createdAt: 'x',
      reason: 'validation',
      message: 'bad',
      rejectedAt: 'y',
    });
    await v1.table('meta').put({ key: 'cursor', value: 'c-9' });
    v1.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await db.accounts.toArray()).map((a) => a.name).sort()).toEqual(['Bright Smiles Dental', 'Cool Air HVAC']);
    expect(await db.activities.get('act-1')).toEqual(makeActivity());
    expect(await db.notes.get('note-1')).toEqual(makeNote());
    expect(await db.tasks.get('task-1')).toEqual(makeTask());
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => [o.seq, o.mutationId])).toEqual([
      [1, 'm-1'],
      [2, 'm-2'],
    ]);
    expect((await db.rejected.toArray()).map((r) => r.mutationId)).toEqual(['m-0']);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'c-9' });
    expect(await db.warnings.count()).toBe(0);
    for (const t of TABLE_NAMES) expect(db.tables.some((x) => x.name === t)).toBe(true);
  });
});
