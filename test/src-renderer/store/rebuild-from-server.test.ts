import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import {
  createWriter,
  fieldbookDbName,
  openFieldbookDb,
  pendingCount,
  type FieldbookDb,
} from '../../../src-renderer/store';
import { recoverBrokenStore } from '../../../src-renderer/store/recover';
import type { KeyValueStorage } from '../../../src-renderer/store/set-aside';
import { createSyncApi, SyncEngine, type Transport } from '../../../src-renderer/sync';
import { makeAccount, makeBook, makeClock, makeContract } from './fixtures';

/**
 * RELIABILITY 23 end to end against the real team server: the laptop's book breaks with edits
 * unsynced (one of them had reached the server, but its reply was lost); the rebuild's first
 * sync leaves every rescued edit on the server exactly once and the fresh book matching it.
 */

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
  token = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
  await server.seedBook(
    'sam@agency.test',
    makeBook({
      accounts: [makeAccount({ id: 'acc-r1' })],
      contracts: [makeContract({ id: 'con-r1', accountId: 'acc-r1' })],
    }),
  );
}, 60_000);
afterAll(async () => server?.close());

const realFetch: Transport = async (url, init) => fetch(url, init);

/** Every request goes through; the first push's reply is lost after the server committed it. */
function losingFirstPushReply(): Transport {
  let lost = false;
  return async (url, init) => {
    const response = await fetch(url, init);
    const body: unknown = await response.json();
    if (url.includes('/v1/push') && !lost) {
      lost = true;
      throw new TypeError('socket hang up');
    }
    return { status: response.status, json: async () => body };
  };
}

function engineFor(db: FieldbookDb, transport: Transport) {
  const clock = makeClock('2026-09-14T10:00:00.000Z');
  const api = createSyncApi({ serverUrl: server.url, token, transport });
  return new SyncEngine({ db, api, clock, sleep: async () => undefined, random: () => 0, maxAttempts: 1 });
}

describe('rebuild from the team server', () => {
  it('pushes each rescued edit exactly once, then the fresh book matches the server', async () => {
    const userKey = 'urebuild';
    const name = fieldbookDbName(userKey);
    const old = openFieldbookDb(name);
    await engineFor(old, realFetch).syncNow();
    const clock = makeClock('2026-09-14T11:00:00.000Z');
    clock.newId = () => `rebuild-${++clock.ids}`;
    const writer = createWriter(old, clock, 'Sam Rivera');
    await writer.addNote('acc-r1', 'Reached the server, reply lost');
    // The push commits on the server but the laptop never hears back: the edit stays in the outbox.
    await engineFor(old, losingFirstPushReply()).syncNow();
    expect((await server.exportBook('sam@agency.test')).tables.notes.map((note) => note.body)).toEqual([
      'Reached the server, reply lost',
    ]);
    await writer.addNote('acc-r1', 'Written offline before the crash');
    expect(await pendingCount(old)).toBe(2);
    old.close();

    const data = new Map<string, string>();
    const storage: KeyValueStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
    const error = Object.assign(new Error('backing store'), { name: 'UnknownError' });
    const recovery = await recoverBrokenStore(
      { userKey, name, error },
      { now: () => '2026-09-14T12:00:00.000Z', storage },
    );
    if (recovery.kind !== 'rebuilt') throw new Error('expected a rebuild');
    expect(recovery.rescued).toEqual({ outbox: 2, rejected: 0 });

    const status = await engineFor(recovery.db, realFetch).syncNow();
    expect(status).toMatchObject({ phase: 'idle', pending: 0, couldntSync: 0 });
    const onServer = (await server.exportBook('sam@agency.test')).tables.notes.map((note) => note.body).sort();
    expect(onServer).toEqual(['Reached the server, reply lost', 'Written offline before the crash']);
    const local = (await recovery.db.notes.toArray()).map((note) => note.body).sort();
    expect(local).toEqual(onServer);
    expect((await recovery.db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-r1']);
    recovery.db.close();
  });
});
