import type { MetricKey } from '../model';
import { metricInfo } from './metric-info';

/**
 * How far a value reaches its target, as a fraction where 1 means "on target" whichever way is
 * better: leads 90 of 100 → 0.9; cost per lead $60 against a $50 target → 50/60 ≈ 0.83.
 * Null when either side is missing or the division means nothing (a zero target or zero cost).
 */
export function attainment(metric: MetricKey, value: number | null, target: number | null): number | null {
  if (value === null || target === null) return null;
  if (metricInfo(metric).direction === 'higher') return target > 0 ? value / target : null;
  return value > 0 && target > 0 ? target / value : null;
}

export type Trend = 'rising' | 'flat' | 'declining';
export type Performance = 'improving' | 'flat' | 'worsening';

/**
 * The HVAC story in the seeds calls leads "only up 5%" flat, so movement within ±10% between
 * periods reads as flat (a setting: `results.flatBand`).
 */
export const DEFAULT_FLAT_BAND = 0.1;

export function trendOfChange(changePct: number | null, flatBand = DEFAULT_FLAT_BAND): Trend {
  if (changePct === null || Math.abs(changePct) <= flatBand) return 'flat';
  return changePct > 0 ? 'rising' : 'declining';
}

/** Rising cost per lead is worsening performance; rising leads is improving. */
export function performanceOf(metric: MetricKey, trend: Trend): Performance {
  if (trend === 'flat') return 'flat';
  const up = trend === 'rising';
  return up === (metricInfo(metric).direction === 'higher') ? 'improving' : 'worsening';
}
