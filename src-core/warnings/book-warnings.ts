import { healthInputs, healthSnapshots, type AccountData } from '../health';
import { csmTimeZone, type Settings } from '../settings';
import { todayIn } from '../time';
import { detectWarnings } from './detect';
import type { DetectedWarning } from './warning';

/** Weekly snapshots over 30 days are enough to see a band drop, and 5 scorings per account are cheap. */
const DROP_WINDOW_DAYS = 28;
const DROP_STEP_DAYS = 7;

/** Today's warnings for every account in a book (skips churned clients). */
export function bookWarnings(accounts: Iterable<AccountData>, now: string, settings: Settings): DetectedWarning[] {
  const today = todayIn(now, csmTimeZone(settings));
  const out: DetectedWarning[] = [];
  for (const data of accounts) {
    if (data.account.churnedAt !== null && data.account.churnedAt <= today) continue;
    const snaps = healthSnapshots(data, today, DROP_WINDOW_DAYS, settings, DROP_STEP_DAYS);
    out.push(...detectWarnings(data, healthInputs(data, now, settings), now, settings, snaps));
  }
  return out;
}
