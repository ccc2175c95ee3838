import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { BookFile } from '../../../src-core/model';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import { createWriter, pendingCount, type FieldbookDb } from '../../../src-renderer/store';
import { createCouldntSyncList, createSyncApi, SyncEngine, type Transport } from '../../../src-renderer/sync';
import { freshDb, makeAccount, makeBook, makeClock, makeContract, makeNote, makeTask } from '../store/fixtures';
import { exportedBook, localBook } from './setup';

/**
 * The sync client against the real team server on 127.0.0.1 over real HTTP (PGlite):
 * RELIABILITY 1, 5, 9 and 17 end to end.
 */

let server: TestServer;
let samToken: string;
let adminToken: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
  samToken = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
  await server.createUser({ email: 'lee@agency.test', name: 'Lee Chen' });
  adminToken = await server.createUser({ email: 'ada@agency.test', name: 'Ada Admin', role: 'admin' });
}, 60_000);
afterAll(async () => server?.close());

let seq = 0;
let accountIds: string[];
let dbs: FieldbookDb[];

beforeEach(async () => {
  // Fresh ids per test: the server is shared by the whole file.
  const n = ++seq;
  accountIds = [`t${n}-acc-1`, `t${n}-acc-2`];
  const book: BookFile = makeBook({
    accounts: accountIds.map((id, i) => makeAccount({ id, name: `Account ${n}.${i + 1}` })),
    contracts: accountIds.map((accountId, i) =>
      makeContract({ id: `${accountId}-con`, accountId, monthlyValueCents: 100_000 * (i + 1) }),
    ),
    notes: [makeNote({ id: `t${n}-note-1`, accountId: accountIds[0] })],
    tasks: [makeTask({ id: `t${n}-task-1`, accountId: accountIds[0] })],
  });
  await server.seedBook('sam@agency.test', book);
  dbs = [];
});
afterEach(async () => {
  for (const db of dbs) await db.delete();
});

function laptop(transport: Transport = realFetch) {
  const db = freshDb();
  dbs.push(db);
  const clock = makeClock('2026-09-14T10:00:00.000Z');
  const prefix = `t${seq}-laptop${dbs.length}`;
  let ids = 0;
  clock.newId = () => `${prefix}-${++ids}`;
  const api = createSyncApi({ serverUrl: server.url, token: samToken, transport });
  const engine = new SyncEngine({ db, api, clock, sleep: async () => undefined, random: () => 0 });
  return { db, clock, engine, writer: createWriter(db, clock, 'Sam Rivera') };
}

const realFetch: Transport = async (url, init) => fetch(url, init);

/** Forwards every request; the next `cuts` pushes lose their reply after the server committed. */
function cuttingTransport(state: { cuts: number }): Transport {
  return async (url, init) => {
    const response = await fetch(url, init);
    const body: unknown = await response.json();
    if (url.includes('/v1/push') && state.cuts > 0) {
      state.cuts -= 1;
      throw new TypeError('socket hang up');
    }
    return { status: response.status, json: async () => body };
  };
}

const serverBook = () => exportedBook(server, 'sam@agency.test');

describe('sync against the real team server', () => {
  it('first sync brings the whole book, and the laptop ends identical to the server', async () => {
    const { engine, db } = laptop();
    const status = await engine.syncNow();
    expect(status).toMatchObject({ phase: 'idle', error: null });
    const local = await localBook(db);
    expect(local.accounts!.map((a) => (a as { id: string }).id).filter((id) => accountIds.includes(id))).toEqual(
      accountIds,
    );
    expect(local).toEqual(await serverBook());
  });

  it('offline edits reach the server exactly once even when the reply is lost after commit', async () => {
    const cut = { cuts: 1 };
    const { engine, writer, db } = laptop(cuttingTransport(cut));
    await engine.syncNow();
    await writer.addNote(accountIds[0]!, 'Written on the plane');
    await writer.setTaskStatus(`t${seq}-task-1`, 'done');
    const status = await engine.syncNow();
    expect(cut.cuts).toBe(0);
    expect(status).toMatchObject({ phase: 'idle', pending: 0 });
    const book = await server.exportBook('sam@agency.test');
    expect(book.tables.notes.filter((n) => n.body === 'Written on the plane')).toHaveLength(1);
    expect(book.tables.tasks.find((t) => t.id === `t${seq}-task-1`)!.status).toBe('done');
    expect(await localBook(db)).toEqual(await serverBook());
  });

  it('an account reassigned while offline leaves the laptop; its edits land in the couldn’t-sync list', async () => {
    const { engine, writer, db, clock } = laptop();
    await engine.syncNow();
    await writer.addNote(accountIds[1]!, 'Edit for an account about to move');
    await writer.addNote(accountIds[0]!, 'Edit that should sync');
    await server.reassign(accountIds[1]!, 'lee@agency.test');
    const status = await engine.syncNow();
    expect(status).toMatchObject({ phase: 'idle', pending: 0, couldntSync: 1 });
    const [refused] = await createCouldntSyncList(db, clock).listRejected();
    expect(refused).toMatchObject({ reason: 'out_of_scope', accountId: accountIds[1] });
    expect(refused!.fields.body).toBe('Edit for an account about to move');
    expect(await db.accounts.get(accountIds[1]!)).toBeUndefined();
    expect(await localBook(db)).toEqual(await serverBook());
    expect(
      (await server.exportBook('sam@agency.test')).tables.notes.some((n) => n.body === 'Edit that should sync'),
    ).toBe(true);
  });

  it('a task marked for the client on one laptop is for the client on the other', async () => {
    const a = laptop();
    const b = laptop();
    await a.engine.syncNow();
    await b.engine.syncNow();
    const seeded = `t${seq}-task-1`;
    // Seeded without an audience: it loads and reads as internal until the CSM marks it.
    expect((await b.db.tasks.get(seeded))!.audience).toBeUndefined();
    const added = await a.writer.addTask({ accountId: accountIds[0]!, title: 'Launch the page', audience: 'client' });
    const chore = await a.writer.addTask({ accountId: accountIds[0]!, title: 'Prepare the QBR deck' });
    await a.writer.setTaskAudience(seeded, 'client');
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await b.db.tasks.get(added.id))!.audience).toBe('client');
    expect((await b.db.tasks.get(chore.id))!.audience).toBe('internal');
    expect((await b.db.tasks.get(seeded))!.audience).toBe('client');
    expect(await localBook(b.db)).toEqual(await serverBook());
  });

  it('a note moved to another CSM’s account leaves the laptop; the edit made meanwhile lands in couldn’t-sync', async () => {
    const { engine, writer, db, clock } = laptop();
    await engine.syncNow();
    const noteId = `t${seq}-note-1`;
    const leesAccount = `t${seq}-lee-acc`;
    await server.seedBook('lee@agency.test', makeBook({ accounts: [makeAccount({ id: leesAccount })] }));
    await writer.editNote(noteId, 'Edited on the plane');
    // An admin files the note under Lee's account (a patch of accountId).
    const moved = await fetch(`${server.url}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: 'admin-laptop',
        mutations: [
          { mutationId: `move-${seq}`, table: 'notes', op: 'patch', id: noteId, fields: { accountId: leesAccount } },
        ],
      }),
    });
    expect((await moved.json()).results[0].status).toBe('applied');
    const status = await engine.syncNow();
    expect(status).toMatchObject({ phase: 'idle', pending: 0, couldntSync: 1 });
    expect(await db.notes.get(noteId)).toBeUndefined();
    const [refused] = await createCouldntSyncList(db, clock).listRejected();
    expect(refused).toMatchObject({ reason: 'out_of_scope', id: noteId });
    expect(refused!.fields.body).toBe('Edited on the plane');
    expect(await localBook(db)).toEqual(await serverBook());
  });

  it.each([
    ['B', 'A'],
    ['A', 'B'],
  ])('two laptops editing offline converge to the same book (%s syncs first)', async (first) => {
    const a = laptop();
    const b = laptop();
    await a.engine.syncNow();
    await b.engine.syncNow();
    const taskId = `t${seq}-task-1`;
    const noteId = `t${seq}-note-1`;
    await a.writer.patchRow('tasks', taskId, { title: 'Title from laptop A' });
    await b.writer.patchRow('tasks', taskId, { dueDate: '2026-10-01' });
    await a.writer.editNote(noteId, 'Wording from laptop A');
    await b.writer.editNote(noteId, 'Wording from laptop B');
    const [one, two] = first === 'A' ? [a, b] : [b, a];
    await one.engine.syncNow();
    await two.engine.syncNow();
    await one.engine.syncNow();
    const bookA = await localBook(a.db);
    expect(bookA).toEqual(await localBook(b.db));
    expect(bookA).toEqual(await serverBook());
    expect(await a.db.tasks.get(taskId)).toMatchObject({ title: 'Title from laptop A', dueDate: '2026-10-01' });
    const bodies = (await a.db.notes.toArray())
      .filter((n) => n.id === noteId || n.conflictOf === noteId)
      .map((n) => n.body)
      .sort();
    expect(bodies).toEqual(['Wording from laptop A', 'Wording from laptop B']);
    expect(await pendingCount(a.db)).toBe(0);
  });
});
