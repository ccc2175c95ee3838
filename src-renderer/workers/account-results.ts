import type { AccountData } from '../../src-core/health';
import type { ScorecardPart } from '../../src-core/scorecard';
import type { DetectedWarning } from '../../src-core/warnings';
import type { ResultsStamp } from '../store/stored-results';
import type { StoredAccountResults } from '../store/types';
import type { AccountInsights } from './book-insights';

/**
 * What the worker computed per account (insights, detected warnings, its scorecard part for each
 * period asked for), kept until that account changes, the settings change or the day turns: after
 * one note, only the noted account is scored again. Results are keyed by the day like the screens' queries: within a day an account's result
 * stands until its rows change.
 *
 * Insights also rest in the store between sessions (store/stored-results.ts): the ones still
 * current seed a cold start (`seed`), and each newly computed one is handed out once to be stored
 * (`takeUnsaved`), stamped with the change revision its account's rows were read at.
 */
interface Results {
  insights?: AccountInsights;
  warnings?: DetectedWarning[];
  /** By period key. */
  scorecard?: Map<string, ScorecardPart>;
}

export type StoredInsights = StoredAccountResults<AccountInsights>;

/** Scorecard periods held per account: the screen's six (five trend quarters and the shown one), twice. */
export const MAX_SCORECARD_PERIODS = 12;

export class AccountResults {
  private stamp: ResultsStamp = { settingsKey: '', day: '' };
  private rev = 0;
  private byAccount = new Map<string, Results>();
  private unsaved = new Set<string>();
  private computed = 0;

  /**
   * Catches up with the book held at `rev`: forgets what changed, or everything when the settings
   * or the day differ or the whole book was read again.
   */
  update(stamp: ResultsStamp, changed: ReadonlySet<string> | 'all', rev: number): void {
    this.computed = 0;
    this.rev = rev;
    if (stamp.settingsKey !== this.stamp.settingsKey || stamp.day !== this.stamp.day || changed === 'all') {
      this.stamp = stamp;
      this.byAccount.clear();
      this.unsaved.clear();
      return;
    }
    for (const id of changed) {
      this.byAccount.delete(id);
      this.unsaved.delete(id);
    }
  }

  /** Takes the stored insights of accounts in `book` (the caller read them as current) instead of computing them. */
  seed(stored: readonly StoredInsights[], book: ReadonlyMap<string, unknown>): void {
    for (const s of stored) {
      if (!book.has(s.accountId) || this.byAccount.get(s.accountId)?.insights) continue;
      this.byAccount.set(s.accountId, { ...this.byAccount.get(s.accountId), insights: s.results });
    }
  }

  /** Insights computed since the last call, stamped for the store. */
  takeUnsaved(): StoredInsights[] {
    const out: StoredInsights[] = [];
    for (const id of this.unsaved) {
      const results = this.byAccount.get(id)?.insights;
      if (results) out.push({ accountId: id, rev: this.rev, ...this.stamp, results });
    }
    this.unsaved.clear();
    return out;
  }

  /** How many results were computed since the last `update`. */
  get recomputed(): number {
    return this.computed;
  }

  insights(data: AccountData, compute: () => AccountInsights): AccountInsights {
    const known = this.byAccount.get(data.account.id)?.insights;
    const fresh = this.get(data, 'insights', compute);
    if (!known) this.unsaved.add(data.account.id);
    return fresh;
  }

  warnings(data: AccountData, compute: () => DetectedWarning[]): DetectedWarning[] {
    return this.get(data, 'warnings', compute);
  }

  /**
   * The account's scorecard part for a period, computed when it is not held. The periods used
   * last are held, `MAX_SCORECARD_PERIODS` of them (two screens' worth of trend): a CSM paging back
   * through years of quarters does not grow the worker without end.
   */
  scorecardPart(data: AccountData, periodKey: string, compute: () => ScorecardPart): ScorecardPart {
    const results = this.held(data);
    const parts = results.scorecard ?? new Map<string, ScorecardPart>();
    results.scorecard = parts;
    const held = parts.get(periodKey);
    if (held) {
      // Map order is the order of use: this period is now the last used.
      parts.delete(periodKey);
      parts.set(periodKey, held);
      return held;
    }
    return this.count(compute, (fresh) => {
      parts.set(periodKey, fresh);
      if (parts.size > MAX_SCORECARD_PERIODS) parts.delete(parts.keys().next().value!);
    });
  }

  private get<K extends 'insights' | 'warnings'>(data: AccountData, kind: K, compute: () => NonNullable<Results[K]>) {
    const results = this.held(data);
    return (
      (results[kind] as NonNullable<Results[K]> | undefined) ?? this.count(compute, (fresh) => (results[kind] = fresh))
    );
  }

  private held(data: AccountData): Results {
    const id = data.account.id;
    const results = this.byAccount.get(id) ?? {};
    this.byAccount.set(id, results);
    return results;
  }

  private count<T>(compute: () => T, keep: (fresh: T) => void): T {
    this.computed += 1;
    const fresh = compute();
    keep(fresh);
    return fresh;
  }
}
