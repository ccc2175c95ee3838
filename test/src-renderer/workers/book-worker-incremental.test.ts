import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { indexBook } from '../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { bookWarnings } from '../../../src-core/warnings';
import { createWriter, currentChangeRev, loadBookTables, type FieldbookDb } from '../../../src-renderer/store';
import { applyPulledPage } from '../../../src-renderer/sync';
import { computeBookInsights, type BookInsights } from '../../../src-renderer/workers/book-insights';
import { handleRequest } from '../../../src-renderer/workers/book-worker-handler';
import type { WarningsRun } from '../../../src-renderer/workers/worker-protocol';
import { makeClock } from '../store/fixtures';
import { keptMeeting, WORKER_NOW, workerDemoDb } from './worker-book';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const NOW = WORKER_NOW;
const demoDb = () => workerDemoDb(11);

const request = async (kind: 'book' | 'warnings', settingsKey = 'default') => {
  const base = {
    dbName: db!.name,
    rev: await currentChangeRev(db!),
    settingsKey,
    now: NOW,
    settings: DEFAULT_SETTINGS,
  };
  return (await handleRequest({ ...base, kind })).result;
};

/** What a worker that read the whole book just now would answer: the reference for the catch-up. */
async function fromScratch(): Promise<Omit<BookInsights, 'timings'>> {
  const accounts = [...indexBook(await loadBookTables(db!)).values()];
  const { timings: _t, ...rest } = computeBookInsights(accounts, NOW, DEFAULT_SETTINGS);
  return rest;
}

const withoutTimings = ({ timings: _t, ...rest }: BookInsights) => rest;

describe('the book worker after a write', () => {
  it('recomputes only the accounts that changed, and answers exactly as a whole re-read would', async () => {
    db = await demoDb();
    const first = (await request('book')) as BookInsights;
    expect(first.timings.recomputed).toBe(12);
    const [a, b, c] = first.accounts.map((x) => x.id);
    const writer = createWriter(db, makeClock(NOW), 'Sam');

    // One note: one account scored again.
    await writer.addNote(a!, 'Owner asked about the spring campaign.');
    const afterNote = (await request('book')) as BookInsights;
    expect(afterNote.timings.recomputed).toBe(1);
    expect(withoutTimings(afterNote)).toEqual(await fromScratch());

    // A meeting logged (changes last contact and health) and a task closed, on two accounts.
    await writer.logActivity(keptMeeting(b!));
    const task = (await db.tasks.where('accountId').equals(c!).first())!;
    await writer.deleteRow('tasks', task.id);
    const afterTwo = (await request('book')) as BookInsights;
    expect(afterTwo.timings.recomputed).toBe(2);
    expect(withoutTimings(afterTwo)).toEqual(await fromScratch());

    // The server takes an account away: it leaves every list.
    await applyPulledPage(db, { cursor: 'c', more: false, reset: false, changes: [], removedAccounts: [a!] });
    const afterRemoval = (await request('book')) as BookInsights;
    expect(afterRemoval.accounts.map((x) => x.id)).not.toContain(a);
    expect(withoutTimings(afterRemoval)).toEqual(await fromScratch());
  });

  it('detects warnings again only for changed accounts, with the same result as the whole book', async () => {
    db = await demoDb();
    await request('warnings');
    const accountId = (await db.accounts.toCollection().first())!.id;
    await createWriter(db, makeClock(NOW), 'Sam').addNote(accountId, 'Quiet month.');
    const run = (await request('warnings')) as WarningsRun;
    expect(run.timings.recomputed).toBe(1);
    const everyAccount = indexBook(await loadBookTables(db)).values();
    expect(run.detected).toBe(bookWarnings(everyAccount, NOW, DEFAULT_SETTINGS).length);
  });

  it('recomputes everything when the settings differ, and nothing when the revision has not moved', async () => {
    db = await demoDb();
    await request('book');
    expect(((await request('book')) as BookInsights).timings.recomputed).toBe(0);
    expect(((await request('book', 'other-settings')) as BookInsights).timings.recomputed).toBe(12);
  });
});
