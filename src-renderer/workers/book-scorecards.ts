import type { AccountData } from '../../src-core/health';
import {
  combineHeadline,
  combineScorecard,
  scorecardContext,
  scorecardHeadline,
  scorecardPart,
  type CsmScorecard,
  type ScorecardHeadline,
} from '../../src-core/scorecard';
import type { Settings } from '../../src-core/settings';
import { parsePeriod } from '../../src-core/time';
import type { AccountResults } from './account-results';

/**
 * What the Scorecard screen is sent: the headline figures of every period it charts (oldest first,
 * the shown period last) and the shown period in full, with the accounts behind each figure and
 * the comp plan. The trend periods' rows stay in the worker: a 500-account book's six full
 * scorecards were megabytes to copy on every write.
 */
export interface ScorecardReply {
  trend: ScorecardHeadline[];
  current: CsmScorecard | null;
  /** Accounts whose parts were computed for this reply; the others' were held from before. */
  recomputedAccounts: number;
}

/**
 * Each period's scorecard from the accounts' parts, held per account (`AccountResults`): after one
 * note only the noted account's parts are computed again, then every period is combined.
 */
export function bookScorecards(
  accounts: readonly AccountData[],
  req: { periodKeys: readonly string[]; now: string; settings: Settings },
  results: AccountResults,
): ScorecardReply {
  const recomputed = new Set<string>();
  const shown = req.periodKeys.at(-1);
  let current: CsmScorecard | null = null;
  const trend = req.periodKeys.map((key) => {
    const ctx = scorecardContext(parsePeriod(key), req.now, req.settings);
    const parts = accounts.map((data) =>
      results.scorecardPart(data, key, () => {
        recomputed.add(data.account.id);
        return scorecardPart(data, ctx);
      }),
    );
    if (key !== shown) return combineHeadline(parts, ctx);
    current = combineScorecard(parts, ctx);
    return scorecardHeadline(current);
  });
  return { trend, current, recomputedAccounts: recomputed.size };
}
