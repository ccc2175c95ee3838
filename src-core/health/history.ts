import type { HealthBand } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, endOfDayIn } from '../time';
import type { AccountData } from './account-book';
import { healthInputs } from './health-inputs';
import { BAND_LABELS, bandOfScore, bandRank, scoreHealth } from './health-score';

export interface HealthSnapshot {
  date: string;
  score: number;
  band: HealthBand;
}

/**
 * Daily snapshots re-derived from the account's own history: the score each day would have had
 * at its end. Deriving them (rather than storing one row a day) keeps them consistent with the
 * current rules and costs no sync records; `every` thins them for long ranges.
 */
export function healthSnapshots(
  data: AccountData,
  today: string,
  days: number,
  settings: Settings,
  every = 1,
): HealthSnapshot[] {
  const out: HealthSnapshot[] = [];
  for (let back = days; back >= 0; back -= every) {
    const date = addDays(today, -back);
    const h = scoreHealth(healthInputs(data, endOfDayIn(date, csmTimeZone(settings)), settings), settings);
    out.push({ date, score: h.score, band: h.band });
  }
  return out;
}

export interface HealthTrend {
  band: HealthBand;
  score: number;
  /** Score change over the last 30 and 90 days; null when the history is shorter. */
  change30: number | null;
  change90: number | null;
  direction: 'improving' | 'steady' | 'worsening';
  /** "Yellow turning Red", "Green, steady", "Red turning Yellow". */
  label: string;
}

/** A move of 5 points or more in 30 days is a direction; less is noise. */
const MOVE = 5;

/**
 * Reads snapshots (oldest first). When the 30-day change, carried on for another 30 days, would
 * cross into the next band, the label says "turning": the seed's "Yellow turning Red".
 */
export function trendOf(snapshots: readonly HealthSnapshot[], bands: Settings['health']['bands']): HealthTrend | null {
  const last = snapshots[snapshots.length - 1];
  if (!last) return null;
  const at = (daysBack: number) => snapshots.find((s) => s.date === addDays(last.date, -daysBack)) ?? null;
  const s30 = at(30);
  const s90 = at(90);
  const change30 = s30 ? last.score - s30.score : null;
  const change90 = s90 ? last.score - s90.score : null;
  const move = change30 ?? change90 ?? 0;
  const direction = move <= -MOVE ? 'worsening' : move >= MOVE ? 'improving' : 'steady';
  const projected = bandOfScore(Math.max(0, Math.min(100, last.score + move)), bands);
  const name = BAND_LABELS[last.band];
  let label = `${name}, ${direction}`;
  if (direction === 'worsening' && bandRank(projected) < bandRank(last.band))
    label = `${name} turning ${BAND_LABELS[projected]}`;
  if (direction === 'improving' && bandRank(projected) > bandRank(last.band))
    label = `${name} turning ${BAND_LABELS[projected]}`;
  return { band: last.band, score: last.score, change30, change90, direction, label };
}
