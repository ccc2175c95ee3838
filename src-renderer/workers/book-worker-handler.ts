import { healthSnapshots, indexBook, trendOf, type AccountData } from '../../src-core/health';
import { obligationsBoard } from '../../src-core/obligations';
import { csmScorecard } from '../../src-core/scorecard';
import { csmTimeZone } from '../../src-core/settings';
import { parsePeriod, todayIn } from '../../src-core/time';
import { bookWarnings } from '../../src-core/warnings';
import { reconcileStoredWarnings } from '../features/warnings/warnings-store';
import { openFieldbookDb, type FieldbookDb } from '../store/db';
import { getAccountDetail, loadBookTables } from '../store/queries';
import { computeBookInsights } from './book-insights';
import type { AccountTrend, WarningsRun, WorkerRequest } from './worker-protocol';

/**
 * What the book worker does with each request (book-worker.ts only carries the messages, so
 * this runs in tests against fake IndexedDB): health for every account, early warnings, the
 * cadence board and the scorecard. The worker reads IndexedDB itself, so a two-year book (tens
 * of thousands of records) is never deserialised or copied on the main thread; only results
 * cross. The last loaded book is kept until a request names another version.
 */
let cached: { dbName: string; version: string; accounts: AccountData[]; loadMs: number } | null = null;

async function withDb<T>(name: string, run: (db: FieldbookDb) => Promise<T>): Promise<T> {
  // Opened per request and closed after, so the main thread can always delete or upgrade it.
  const db = openFieldbookDb(name);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

async function bookFor(req: WorkerRequest): Promise<{ accounts: AccountData[]; loadMs: number }> {
  if (cached && cached.dbName === req.dbName && cached.version === req.version)
    return { accounts: cached.accounts, loadMs: 0 };
  const start = performance.now();
  const tables = await withDb(req.dbName, loadBookTables);
  const accounts = [...indexBook(tables).values()];
  const loadMs = Math.round(performance.now() - start);
  cached = { dbName: req.dbName, version: req.version, accounts, loadMs };
  return { accounts, loadMs };
}

async function runWarnings(req: WorkerRequest, accounts: AccountData[]): Promise<WarningsRun> {
  let start = performance.now();
  const fresh = bookWarnings(accounts, req.now, req.settings);
  const detectMs = Math.round(performance.now() - start);
  start = performance.now();
  const changed = await withDb(req.dbName, (db) =>
    reconcileStoredWarnings(db, fresh, req.now, () => crypto.randomUUID(), csmTimeZone(req.settings)),
  );
  return { detected: fresh.length, changed, timings: { detectMs, reconcileMs: Math.round(performance.now() - start) } };
}

async function runTrend(req: Extract<WorkerRequest, { kind: 'trend' }>): Promise<AccountTrend> {
  const detail = await withDb(req.dbName, (db) => getAccountDetail(db, req.accountId));
  if (!detail) return { snapshots: [], trend: null };
  const data = [...indexBook({ ...detail, accounts: [detail.account] }).values()][0]!;
  const snapshots = healthSnapshots(data, todayIn(req.now, csmTimeZone(req.settings)), req.days, req.settings);
  return { snapshots, trend: trendOf(snapshots, req.settings.health.bands) };
}

export async function handleRequest(req: WorkerRequest): Promise<{ result: unknown; loadMs: number }> {
  if (req.kind === 'trend') return { result: await runTrend(req), loadMs: 0 };
  const { accounts, loadMs } = await bookFor(req);
  // Deliberately exhaustive: a new request kind must be handled here.
  switch (req.kind) {
    case 'book':
      return { result: computeBookInsights(accounts, req.now, req.settings), loadMs };
    case 'warnings':
      return { result: await runWarnings(req, accounts), loadMs };
    case 'scorecard':
      return {
        result: req.periodKeys.map((k) => csmScorecard(accounts, parsePeriod(k), req.now, req.settings)),
        loadMs,
      };
    case 'obligations':
      return { result: obligationsBoard(accounts, req.now, req.settings), loadMs };
  }
}
