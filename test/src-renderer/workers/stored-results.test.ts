import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexBook } from '../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import {
  createWriter,
  currentChangeRev,
  importBook,
  loadBookTables,
  type FieldbookDb,
} from '../../../src-renderer/store';
import { readCurrentResults } from '../../../src-renderer/store/stored-results';
import {
  computeBookInsights,
  type AccountInsights,
  type BookInsights,
} from '../../../src-renderer/workers/book-insights';
import { makeClock } from '../store/fixtures';
import { keptMeeting, WORKER_NOW, workerDemoBook, workerDemoDb } from './worker-book';

/**
 * The results the book worker stores for the next cold open (store/stored-results.ts): what a
 * cold open shows before the worker has read the book, and never as current once stale.
 */
let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const NOW = WORKER_NOW;
const DAY = WORKER_NOW.slice(0, 10);
const SETTINGS_KEY = 'default';

/**
 * A worker as a new session starts one: its module state (the held book, each account's
 * results) is empty. Runs a request and the work it leaves for after the reply (storing results).
 */
async function coldWorker() {
  vi.resetModules();
  const { handleRequest } = await import('../../../src-renderer/workers/book-worker-handler');
  return async (settingsKey = SETTINGS_KEY): Promise<BookInsights> => {
    const rev = await currentChangeRev(db!);
    const req = { dbName: db!.name, rev, settingsKey, now: NOW, settings: DEFAULT_SETTINGS, kind: 'book' as const };
    const handled = await handleRequest(req);
    await handled.after?.();
    return handled.result as BookInsights;
  };
}

const stored = (settingsKey = SETTINGS_KEY, day = DAY) =>
  readCurrentResults<AccountInsights>(db!, { settingsKey, day });

/** Health as a worker that read the whole book just now would give it: the reference. */
async function healthFromScratch() {
  const accounts = [...indexBook(await loadBookTables(db!)).values()];
  return computeBookInsights(accounts, NOW, DEFAULT_SETTINGS).health;
}

describe('results stored for the next cold open', () => {
  it('a cold open reads every account’s health from the store, as the worker computed it, without the worker', async () => {
    db = await workerDemoDb(21);
    expect(await stored()).toEqual([]);
    const worker = await coldWorker();
    const first = await worker();

    // The next session: the screens read the store before any worker has answered.
    const current = await stored();
    expect(current).toHaveLength(12);
    const byId = new Map(current.map((s) => [s.accountId, s.results.health]));
    expect(first.health.map((h) => byId.get(h.accountId))).toEqual(first.health);
    expect(first.health).toEqual(await healthFromScratch());
  });

  it('a stored result is not current once its account changed, until the worker scores it again', async () => {
    db = await workerDemoDb(22);
    const worker = await coldWorker();
    await worker();
    const [a, b] = (await stored()).map((s) => s.accountId).sort();
    const writer = createWriter(db, makeClock(NOW), 'Sam');
    await writer.addNote(a!, 'Owner asked about the spring campaign.');
    await writer.logActivity(keptMeeting(b!));

    const afterWrites = (await stored()).map((s) => s.accountId);
    expect(afterWrites).toHaveLength(10);
    expect(afterWrites).not.toContain(a);
    expect(afterWrites).not.toContain(b);

    // The worker catches up, scores those two again and stores them: all current, and right.
    const caughtUp = await worker();
    expect(caughtUp.timings.recomputed).toBe(2);
    const current = await stored();
    expect(current).toHaveLength(12);
    const health = new Map(current.map((s) => [s.accountId, s.results.health]));
    for (const h of await healthFromScratch()) expect(health.get(h.accountId)).toEqual(h);
  });

  it('nothing stored is current under other settings, on another day, or once the book was replaced', async () => {
    db = await workerDemoDb(23);
    await (await coldWorker())();
    expect(await stored('other-settings')).toEqual([]);
    expect(await stored(SETTINGS_KEY, '2026-11-25')).toEqual([]);

    await importBook(db, workerDemoBook(24, 5), 'demo');
    expect(await stored()).toEqual([]);
    // The worker reads the new book, stores its five accounts and drops the twelve that left.
    await (await coldWorker())();
    expect((await stored()).map((s) => s.accountId).sort()).toEqual(
      (await db.accounts.toCollection().primaryKeys()).sort(),
    );
    expect(await db.accountResults.count()).toBe(5);
  });

  it('a cold worker takes the current stored results and scores only the accounts changed since', async () => {
    db = await workerDemoDb(25);
    expect((await (await coldWorker())()).timings.recomputed).toBe(12);

    // A new session with nothing changed: nothing to score again, the same answer.
    const again = await (await coldWorker())();
    expect(again.timings.recomputed).toBe(0);
    expect(again.health).toEqual(await healthFromScratch());

    // A note saved while no worker ran (another window, a pulled page): that account alone.
    const accountId = (await db.accounts.toCollection().first())!.id;
    await createWriter(db, makeClock(NOW), 'Sam').addNote(accountId, 'Quiet month.');
    const afterNote = await (await coldWorker())();
    expect(afterNote.timings.recomputed).toBe(1);
    expect(afterNote.health).toEqual(await healthFromScratch());
  });
});
