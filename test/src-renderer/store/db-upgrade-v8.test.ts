import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_SYNCED_TABLE_SCHEMA, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store/db';
import { readTasksDueBy } from '../../../src-renderer/store/tasks-due';
import { makeAccount, makeTask, V1_LOCAL_SCHEMA } from './fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('upgrading the local database from version 7 to 8 (tasks indexed by status and due date)', () => {
  it('keeps every task and the outbox, and finds the open tasks due by a day through the new index', async () => {
    const name = `fieldbook-upgrade-v8-${process.pid}`;
    const v7 = new Dexie(name);
    v7.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...V1_LOCAL_SCHEMA });
    v7.version(2).stores({ warnings: 'id, causeKey' });
    v7.version(3).stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' });
    v7.version(4).stores({});
    v7.version(5).stores({ tableChanges: 'table', accountChanges: 'accountId, rev' });
    v7.version(6).stores({ clientRequests: 'id, accountId', caseStudies: 'id, accountId', processes: 'id, accountId' });
    v7.version(7).stores({ accountResults: 'accountId' });
    await v7.open();
    await v7.table('accounts').bulkPut([makeAccount(), makeAccount({ id: 'acc-2', name: 'Cool Air' })]);
    await v7
      .table('tasks')
      .bulkPut([
        makeTask({ id: 'overdue', dueDate: '2026-08-28' }),
        makeTask({ id: 'today', accountId: 'acc-2', dueDate: '2026-09-01' }),
        makeTask({ id: 'tomorrow', dueDate: '2026-09-02' }),
        makeTask({ id: 'no-date', dueDate: null }),
        makeTask({ id: 'done', dueDate: '2026-08-20', status: 'done' }),
      ]);
    const pending = { mutationId: 'm-1', table: 'tasks', op: 'upsert', id: 'overdue', fields: {}, accountId: 'acc-1' };
    await v7.table('outbox').add({ ...pending, createdAt: 'x' });
    v7.close();

    db = openFieldbookDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await db.tasks.toArray()).map((t) => t.id).sort()).toEqual([
      'done',
      'no-date',
      'overdue',
      'today',
      'tomorrow',
    ]);
    expect((await db.outbox.toArray()).map((o) => o.mutationId)).toEqual(['m-1']);

    // Open and due on or before 1 September: the overdue one and the one due that day, with their two accounts.
    const due = await readTasksDueBy(db, '2026-09-01');
    expect(due.tasks.map((t) => t.id).sort()).toEqual(['overdue', 'today']);
    expect(due.accounts.map((a) => a.id).sort()).toEqual(['acc-1', 'acc-2']);
  });
});
