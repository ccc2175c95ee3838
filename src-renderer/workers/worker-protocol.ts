import type { HealthSnapshot, HealthTrend } from '../../src-core/health';
import type { ObligationsBoard } from '../../src-core/obligations';
import type { CsmScorecard } from '../../src-core/scorecard';
import type { Settings } from '../../src-core/settings';
import type { BookInsights } from './book-insights';

/**
 * Messages between the screens and the book worker. Every request names the local database
 * (the worker reads it itself, so the book never crosses threads) and a `version` that changes
 * whenever the book does: the worker reloads when it differs from the one it holds.
 */
export interface RequestBase {
  dbName: string;
  version: string;
  now: string;
  settings: Settings;
}

export type WorkerRequest = RequestBase &
  (
    | { kind: 'book' }
    | { kind: 'warnings' }
    | { kind: 'scorecard'; periodKeys: string[] }
    | { kind: 'trend'; accountId: string; days: number }
    | { kind: 'obligations' }
  );

export interface WarningsRun {
  detected: number;
  changed: number;
  timings: { detectMs: number; reconcileMs: number };
}

export interface AccountTrend {
  snapshots: HealthSnapshot[];
  trend: HealthTrend | null;
}

export interface WorkerResults {
  book: BookInsights;
  warnings: WarningsRun;
  scorecard: CsmScorecard[];
  trend: AccountTrend;
  obligations: ObligationsBoard;
}

export type WorkerResponse =
  | { id: number; ok: true; result: unknown; loadMs: number; totalMs: number }
  | { id: number; ok: false; message: string };
