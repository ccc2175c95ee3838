import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWriter,
  fieldbookDbName,
  getMeta,
  openFieldbookDb,
  pendingCount,
  serverUserKey,
} from '../../../src-renderer/store';
import { createSyncApi, SyncEngine, type SyncEngineOptions, type SyncStatus } from '../../../src-renderer/sync';
import { LEE, SAM, localBook, setup } from './setup';

let ctx: ReturnType<typeof setup>;
let sleeps: number[];
let statuses: SyncStatus[];
let triggers: { online?: () => void; interval?: () => void; cleared: boolean };

function engine(overrides: Partial<SyncEngineOptions> = {}): SyncEngine {
  const e = new SyncEngine({
    db: ctx.db,
    api: ctx.api,
    clock: ctx.clock,
    pageLimit: 2,
    maxAttempts: 3,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    timers: {
      setInterval: (fn) => {
        triggers.interval = fn;
        return fn;
      },
      clearInterval: () => {
        triggers.cleared = true;
      },
    },
    onOnline: (fn) => {
      triggers.online = fn;
      return () => (triggers.online = undefined);
    },
    ...overrides,
  });
  e.subscribe((s) => statuses.push(s));
  return e;
}

beforeEach(() => {
  ctx = setup();
  sleeps = [];
  statuses = [];
  triggers = { cleared: false };
});
afterEach(async () => ctx.db.delete());

describe('the sync engine', () => {
  it('does a first sync with progress, then shows all changes synced', async () => {
    const status = await engine().syncNow();
    expect(status).toMatchObject({
      phase: 'idle',
      pending: 0,
      couldntSync: 0,
      lastSyncedAt: '2026-09-02T09:00:00.000Z',
      error: null,
    });
    expect(
      statuses.filter((s) => s.progress).map((s) => [s.progress!.firstSync, s.progress!.pages, s.progress!.rows]),
    ).toEqual([
      [true, 1, 2],
      [true, 2, 4],
      [true, 3, 6],
    ]);
    expect(await getMeta(ctx.db, 'clientId')).toBe('id-1');
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
  });

  it('retries transient failures with growing, jittered waits, without losing or reordering edits', async () => {
    const sync = engine();
    await sync.syncNow();
    await ctx.writer.addNote('acc-1', 'First');
    await ctx.writer.addNote('acc-1', 'Second');
    ctx.server.faults.push({ on: 'push', kind: 'status', status: 503 }, { on: 'push', kind: 'network' });
    const status = await sync.syncNow();
    expect(sleeps).toEqual([750, 1500]);
    expect(status.phase).toBe('idle');
    const bodies = [...ctx.server.rows.values()]
      .filter((r) => r.table === 'notes')
      .sort((a, b) => a.row.rev - b.row.rev)
      .map((r) => r.row.body);
    expect(bodies.slice(-2)).toEqual(['First', 'Second']);
    expect([...ctx.server.applyCount.values()]).toEqual([1, 1]);
  });

  it('goes offline after its last try and keeps the pending edits for the next trigger', async () => {
    const sync = engine();
    await sync.syncNow();
    await ctx.writer.addNote('acc-1', 'On the plane');
    ctx.server.faults.push(...Array(3).fill({ on: 'push', kind: 'network' }));
    const status = await sync.syncNow();
    expect(sleeps).toEqual([750, 1500]);
    expect(status).toMatchObject({ phase: 'offline', pending: 1, error: { kind: 'offline' } });
  });

  it('syncs when the laptop comes back online and on the interval, and stops its triggers', async () => {
    const sync = engine();
    await sync.start();
    await ctx.writer.addNote('acc-1', 'Back online');
    triggers.online!();
    await sync.syncNow();
    expect(await pendingCount(ctx.db)).toBe(0);
    const pushes = () => ctx.server.log.filter((l) => l.path === '/v1/push').length;
    await ctx.writer.addNote('acc-1', 'Five minutes later');
    triggers.interval!();
    await sync.syncNow();
    expect(pushes()).toBe(2);
    sync.stop();
    expect(triggers.cleared).toBe(true);
    expect(triggers.online).toBeUndefined();
  });

  it('asks to sign in again when the token is revoked, and does not retry on its own', async () => {
    const sync = engine();
    await sync.start();
    ctx.server.faults.push({ on: 'pull', kind: 'status', status: 401 });
    const status = await sync.syncNow();
    expect(sleeps).toEqual([]);
    expect(status).toMatchObject({ phase: 'error', error: { kind: 'sign_in' } });
    const requests = ctx.server.log.length;
    triggers.interval!();
    triggers.online!();
    await new Promise((r) => setTimeout(r, 20));
    expect(ctx.server.log.length).toBe(requests);
  });

  it('never runs two syncs at once', async () => {
    const sync = engine();
    const [a, b, c] = [sync.syncNow(), sync.syncNow(), sync.syncNow()];
    await Promise.all([a, b, c]);
    expect(b).toBe(c);
    const pulls = ctx.server.log.filter((l) => l.path === '/v1/pull').length;
    expect(pulls).toBe(3 + 1);
  });
});

describe('two users on one laptop', () => {
  it('keep separate databases; the second never pushes the first one’s edits', async () => {
    const samDb = openFieldbookDb(fieldbookDbName(serverUserKey(ctx.server.url, SAM.id)));
    const leeDb = openFieldbookDb(fieldbookDbName(serverUserKey(ctx.server.url, LEE.id)));
    try {
      const samSync = new SyncEngine({ db: samDb, api: ctx.api, clock: ctx.clock, sleep: async () => undefined });
      await samSync.syncNow();
      ctx.server.faults.push({ on: 'push', kind: 'network' });
      await createWriter(samDb, ctx.clock, SAM.name).addNote('acc-1', "Sam's unsynced note");
      await new SyncEngine({ db: samDb, api: ctx.api, clock: ctx.clock, maxAttempts: 1 }).syncNow();
      expect(await pendingCount(samDb)).toBe(1);

      const leeApi = createSyncApi({ serverUrl: ctx.server.url, token: LEE.token, transport: ctx.server.transport });
      const status = await new SyncEngine({ db: leeDb, api: leeApi, clock: ctx.clock }).syncNow();
      expect(status.phase).toBe('idle');
      expect((await leeDb.accounts.toArray()).map((a) => a.id)).toEqual(['acc-3']);
      expect(await pendingCount(leeDb)).toBe(0);
      expect([...ctx.server.rows.values()].some((r) => r.row.body === "Sam's unsynced note")).toBe(false);
      expect(await pendingCount(samDb)).toBe(1);
    } finally {
      await samDb.delete();
      await leeDb.delete();
    }
  });
});
