import { healthSnapshots, indexBook, trendOf } from '../../src-core/health';
import { obligationsBoard } from '../../src-core/obligations';
import { csmTimeZone } from '../../src-core/settings';
import { todayIn } from '../../src-core/time';
import { bookWarnings } from '../../src-core/warnings';
import { reconcileStoredWarnings } from '../features/warnings/warnings-store';
import { openFieldbookDb, type FieldbookDb } from '../store/db';
import { getAccountDetail } from '../store/queries';
import { readCurrentResults, saveResults, type ResultsStamp } from '../store/stored-results';
import { AccountResults, type StoredInsights } from './account-results';
import { accountInsights, assembleBookInsights } from './book-insights';
import { bookScorecards } from './book-scorecards';
import { heldAccounts, postDeckInput } from './deck-input';
import { catchUp, readAccounts, type HeldBook } from './held-book';
import type { AccountTrend, WarningsRun, WorkerRequest } from './worker-protocol';

/**
 * What the book worker does with each request (book-worker.ts only carries the messages, so
 * this runs in tests against fake IndexedDB): health for every account, early warnings, the
 * cadence board and the scorecard (per account and period, book-scorecards.ts). The worker reads IndexedDB itself, so a two-year book (tens
 * of thousands of records) is never deserialised or copied on the main thread; only results
 * cross. It holds the book it read (held-book.ts) and each account's results (account-results.ts):
 * a request for a newer change revision re-reads and recomputes only the accounts that changed.
 * The insights it computes rest in the store (store/stored-results.ts): a cold open shows them
 * at once, and a cold worker reuses the ones still current instead of scoring every account.
 */
let held: HeldBook | null = null;
const results = new AccountResults();

async function withDb<T>(name: string, run: (db: FieldbookDb) => Promise<T>): Promise<T> {
  // Opened per request and closed after, so the main thread can always delete or upgrade it.
  const db = openFieldbookDb(name);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** After a whole read: results of accounts that left the book are dropped from the store at the next save. */
let pruneStored = false;

async function bookFor(req: WorkerRequest): Promise<{ book: HeldBook; loadMs: number }> {
  const stamp: ResultsStamp = { settingsKey: req.settingsKey, day: todayIn(req.now, csmTimeZone(req.settings)) };
  const caught = await withDb(req.dbName, async (db) => {
    const next = await catchUp(db, held, req.rev);
    // Read after the rows: a change committed before them makes its account's stored result stale.
    const stored = next.changed === 'all' ? await readCurrentResults<StoredInsights['results']>(db, stamp) : [];
    return { ...next, stored };
  });
  held = caught.book;
  results.update(stamp, caught.changed, caught.book.rev);
  results.seed(caught.stored, caught.book.accounts);
  pruneStored ||= caught.changed === 'all';
  return { book: caught.book, loadMs: caught.loadMs };
}

/** Stores the insights computed since the last save (run after the reply, so no screen waits on it). */
async function saveInsights(dbName: string, book: HeldBook): Promise<void> {
  const fresh = results.takeUnsaved();
  const keepOnly = pruneStored ? new Set(book.accounts.keys()) : undefined;
  pruneStored = false;
  if (fresh.length === 0 && !keepOnly) return;
  await withDb(dbName, (db) => saveResults(db, fresh, keepOnly));
}

async function runWarnings(req: WorkerRequest, book: HeldBook): Promise<WarningsRun> {
  let start = performance.now();
  const fresh = [...book.accounts.values()].flatMap((data) =>
    results.warnings(data, () => bookWarnings([data], req.now, req.settings)),
  );
  const detectMs = Math.round(performance.now() - start);
  const recomputed = results.recomputed;
  start = performance.now();
  const changed = await withDb(req.dbName, (db) =>
    reconcileStoredWarnings(db, fresh, req.now, () => crypto.randomUUID(), csmTimeZone(req.settings)),
  );
  return {
    detected: fresh.length,
    changed,
    timings: { detectMs, reconcileMs: Math.round(performance.now() - start), recomputed },
  };
}

async function runTrend(req: Extract<WorkerRequest, { kind: 'trend' }>): Promise<AccountTrend> {
  const detail = await withDb(req.dbName, (db) => getAccountDetail(db, req.accountId));
  if (!detail) return { snapshots: [], trend: null };
  const data = [...indexBook({ ...detail, accounts: [detail.account] }).values()][0]!;
  const snapshots = healthSnapshots(data, todayIn(req.now, csmTimeZone(req.settings)), req.days, req.settings);
  return { snapshots, trend: trendOf(snapshots, req.settings.health.bands) };
}

/**
 * A deck batch's accounts from the book held here, caught up to the request's revision; one
 * account's deck reads that account alone while no book is held yet (no whole read for one deck).
 */
async function deckAccounts(req: Extract<WorkerRequest, { kind: 'deck-input' }>) {
  const [only] = req.accountIds;
  if (req.accountIds.length === 1 && only !== undefined && held?.dbName !== req.dbName) {
    const read = await withDb(req.dbName, (db) => readAccounts(db, [only], new Map()));
    return { accounts: [...read.values()], loadMs: 0 };
  }
  const { book, loadMs } = await bookFor(req);
  return { accounts: heldAccounts(book.accounts, req.accountIds), loadMs };
}

/** A request's reply, and work to do once it is sent (before the next request runs). */
export interface Handled {
  result: unknown;
  loadMs: number;
  after?: () => Promise<void>;
}

export async function handleRequest(req: WorkerRequest): Promise<Handled> {
  if (req.kind === 'trend') return { result: await runTrend(req), loadMs: 0 };
  if (req.kind === 'deck-input') return postDeckInput(req.port, () => deckAccounts(req));
  const { book, loadMs } = await bookFor(req);
  const accounts = [...book.accounts.values()];
  // Deliberately exhaustive: a new request kind must be handled here.
  switch (req.kind) {
    case 'book': {
      const part = (data: (typeof accounts)[number]) =>
        results.insights(data, () => accountInsights(data, req.now, req.settings));
      const result = assembleBookInsights(accounts, req.now, part, () => results.recomputed);
      return { result, loadMs, after: () => saveInsights(req.dbName, book) };
    }
    case 'warnings':
      return { result: await runWarnings(req, book), loadMs };
    case 'scorecard':
      return { result: bookScorecards(accounts, req, results), loadMs };
    case 'obligations':
      return { result: obligationsBoard(accounts, req.now, req.settings), loadMs };
  }
}
