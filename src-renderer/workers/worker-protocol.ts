import type { HealthSnapshot, HealthTrend } from '../../src-core/health';
import type { ObligationsBoard } from '../../src-core/obligations';
import type { Settings } from '../../src-core/settings';
import type { BookInsights } from './book-insights';
import type { ScorecardReply } from './book-scorecards';

/**
 * Messages between the screens and the book worker. Every request names the local database
 * (the worker reads it itself, so the book never crosses threads) and the book's change revision
 * (store/change-log.ts) the screen has seen: the worker catches up to it, re-reading only the
 * accounts that changed. `settingsKey` fingerprints the settings, so results computed under other
 * settings are not reused.
 */
export interface RequestBase {
  dbName: string;
  rev: number;
  settingsKey: string;
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
    /** The accounts a deck batch is for, posted on `port` to the deck worker (workers/deck-input.ts). */
    | { kind: 'deck-input'; accountIds: string[]; port: MessagePort }
  );

export interface WarningsRun {
  detected: number;
  changed: number;
  /** `recomputed`: accounts whose warnings were detected again; the others had not changed. */
  timings: { detectMs: number; reconcileMs: number; recomputed: number };
}

export interface AccountTrend {
  snapshots: HealthSnapshot[];
  trend: HealthTrend | null;
}

export interface WorkerResults {
  book: BookInsights;
  warnings: WarningsRun;
  scorecard: ScorecardReply;
  trend: AccountTrend;
  obligations: ObligationsBoard;
  'deck-input': DeckInputSent;
}

/** What the page hears of a deck input: the accounts themselves went to the deck worker. */
export interface DeckInputSent {
  accounts: number;
}

export type WorkerResponse =
  | { id: number; ok: true; result: unknown; loadMs: number; totalMs: number }
  | { id: number; ok: false; message: string };
