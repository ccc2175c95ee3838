import type { Channel, MetricKey, MetricSeries } from '../model';
import { previousPeriod, type Period } from '../time';
import { aggregateRange } from './aggregate';
import {
  attainment,
  DEFAULT_FLAT_BAND,
  performanceOf,
  trendOfChange,
  type Performance,
  type Trend,
} from './attainment';
import { metricInfo } from './metric-info';
import type { MetricPoint } from './series-points';

export interface PeriodSummary {
  metric: MetricKey;
  channel: Channel;
  period: string;
  value: number | null;
  target: number | null;
  /** value ÷ target, direction-aware (see `attainment`). */
  attainment: number | null;
  previous: { value: number | null; target: number | null } | null;
  delta: number | null;
  deltaPct: number | null;
  /**
   * Change of the weekly rate (sums ÷ weeks with data; means and ratios as they are) against the
   * previous period: the fair comparison when weeks are missing or the period is still running.
   */
  rateChangePct: number | null;
  /** Raw movement against the previous period: `rateChangePct` beyond the flat band. */
  trend: Trend;
  /** The trend read with the metric's direction: rising cost per lead is worsening. */
  performance: Performance;
  points: MetricPoint[];
}

/**
 * One metric for one account over a period, against target and against the period before.
 * `delta`/`deltaPct` compare the totals (what a QBR slide shows). The trend compares the
 * weekly rate instead, so a quarter still in progress is not "declining" merely for having
 * fewer weeks of results than the full quarter before it.
 */
export function periodSummary(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  period: Period,
  flatBand = DEFAULT_FLAT_BAND,
): PeriodSummary {
  return compareRanges(series, metric, channel, period, previousPeriod(period), flatBand);
}

export interface DayRange {
  key: string;
  start: string;
  end: string;
}

/** `periodSummary` for any two day ranges, e.g. the last 90 days against the 90 before. */
export function compareRanges(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  current: DayRange,
  before: DayRange,
  flatBand = DEFAULT_FLAT_BAND,
): PeriodSummary {
  const now = aggregateRange(series, metric, channel, current.start, current.end);
  const prev = aggregateRange(series, metric, channel, before.start, before.end);
  const hasPrev = prev.value !== null || prev.target !== null;
  const delta = now.value !== null && prev.value !== null ? now.value - prev.value : null;
  const deltaPct = delta !== null && prev.value !== null && prev.value !== 0 ? delta / Math.abs(prev.value) : null;
  const rateChangePct = rateChange(metric, now, prev);
  const trend = trendOfChange(rateChangePct, flatBand);
  return {
    metric,
    channel,
    period: current.key,
    value: now.value,
    target: now.target,
    attainment: attainment(metric, now.value, now.target),
    previous: hasPrev ? { value: prev.value, target: prev.target } : null,
    delta,
    deltaPct,
    rateChangePct,
    trend,
    performance: performanceOf(metric, trend),
    points: now.points,
  };
}

function rateChange(
  metric: MetricKey,
  now: { value: number | null; weeks: number },
  prev: { value: number | null; weeks: number },
) {
  if (now.value === null || prev.value === null || now.weeks === 0 || prev.weeks === 0) return null;
  // Means and ratios already are rates; sums become per-week rates.
  const isSum = metricInfo(metric).aggregation === 'sum';
  const a = isSum ? now.value / now.weeks : now.value;
  const b = isSum ? prev.value / prev.weeks : prev.value;
  return b === 0 ? null : (a - b) / Math.abs(b);
}
