import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import { purgeExpiredTombstones } from '../../../src-server/store/tombstones';
import { createWriter, pendingCount, type FieldbookDb } from '../../../src-renderer/store';
import { createSyncApi, SyncEngine, type Transport } from '../../../src-renderer/sync';
import { freshDb, makeAccount, makeBook, makeClock, makeNote, makeTask } from '../store/fixtures';
import { exportedBook, localBook } from './setup';

/**
 * RELIABILITY 4 against the real server: deletes are kept `--tombstone-days` (90) days; a laptop
 * away longer is told to reset, keeps the edits it made while away, and ends equal to the server.
 */

const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-01-05T09:00:00.000Z');
let serverNow = T0;
let server: TestServer;
let token: string;

// A server per test: a purge counts every expired tombstone on the server, so one test's
// deletes must not be there when another purges (the two used to pass in one order only).
beforeEach(async () => {
  serverNow = T0;
  server = await startTestServer({ now: () => new Date(serverNow) });
  token = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
}, 60_000);
afterEach(async () => server?.close());

function laptop(name: string, pulls: { reset: boolean }[]) {
  const db: FieldbookDb = freshDb();
  const clock = makeClock(new Date(serverNow).toISOString());
  let ids = 0;
  clock.newId = () => `${name}-${++ids}`;
  const transport: Transport = async (url, init) => {
    const response = await fetch(url, init);
    const body = (await response.json()) as { reset?: boolean };
    if (url.includes('/v1/pull')) pulls.push({ reset: body.reset === true });
    return { status: response.status, json: async () => body };
  };
  const api = createSyncApi({ serverUrl: server.url, token, transport });
  const engine = new SyncEngine({ db, api, clock, sleep: async () => undefined, random: () => 0 });
  return { db, engine, writer: createWriter(db, clock, 'Sam Rivera') };
}

const serverBook = () => exportedBook(server, 'sam@agency.test');

/** Sam's book on the server; one laptop synced at `away`, and a second that deletes a note a day later. */
async function bookWithADeleteWhileAway(prefix: string) {
  serverNow = T0;
  await server.seedBook(
    'sam@agency.test',
    makeBook({
      accounts: [makeAccount({ id: `${prefix}-acc` })],
      notes: ['keep', 'gone'].map((n) => makeNote({ id: `${prefix}-${n}`, accountId: `${prefix}-acc` })),
      tasks: [makeTask({ id: `${prefix}-task`, accountId: `${prefix}-acc` })],
    }),
  );
  const pulls: { reset: boolean }[] = [];
  const away = laptop(`${prefix}-away`, pulls);
  await away.engine.syncNow();
  serverNow = T0 + DAY_MS;
  const office = laptop(`${prefix}-office`, []);
  await office.engine.syncNow();
  await office.writer.deleteNote(`${prefix}-gone`);
  await office.engine.syncNow();
  // While away, offline: a note and a task done, still in the outbox.
  await away.writer.addNote(`${prefix}-acc`, 'Written on the road');
  await away.writer.setTaskStatus(`${prefix}-task`, 'done');
  expect(await pendingCount(away.db)).toBe(2);
  pulls.length = 0;
  return { away, pulls };
}

describe('tombstones kept for --tombstone-days, then purged', () => {
  it('a laptop away longer than the horizon resets, keeps its pending edits and ends equal to the server', async () => {
    const { away, pulls } = await bookWithADeleteWhileAway('long');
    // 91 days after the delete (made at T0 + 1 day): past the 90-day horizon.
    serverNow = T0 + 92 * DAY_MS;
    expect(await purgeExpiredTombstones(server.db, new Date(serverNow), 90)).toBe(1);

    const status = await away.engine.syncNow();

    expect(status).toMatchObject({ phase: 'idle', pending: 0, error: null });
    expect(pulls[0]).toEqual({ reset: true });
    // The delete it never saw is gone from the laptop although its tombstone is gone from the server.
    expect(await away.db.notes.get('long-gone')).toBeUndefined();
    const book = await server.exportBook('sam@agency.test');
    expect(book.tables.notes.filter((n) => n.body === 'Written on the road')).toHaveLength(1);
    expect(book.tables.tasks.find((t) => t.id === 'long-task')!.status).toBe('done');
    expect(await localBook(away.db)).toEqual(await serverBook());
  });

  it('a laptop back within the horizon pulls only what changed: the delete arrives, no reset', async () => {
    const { away, pulls } = await bookWithADeleteWhileAway('short');
    // 89 days after the delete: still kept.
    serverNow = T0 + 90 * DAY_MS;
    expect(await purgeExpiredTombstones(server.db, new Date(serverNow), 90)).toBe(0);

    await away.engine.syncNow();

    expect(pulls.every((p) => !p.reset)).toBe(true);
    expect(await away.db.notes.get('short-gone')).toBeUndefined();
    expect(await localBook(away.db)).toEqual(await serverBook());
  });
});
