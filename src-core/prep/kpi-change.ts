import type { Channel, MetricKey, MetricSeries } from '../model';
import {
  aggregateRange,
  DEFAULT_FLAT_BAND,
  formatChangePercent,
  formatMetricValue,
  metricInfo,
  performanceOf,
  trendOfChange,
  type Performance,
} from '../metrics';
import { addDays, dayIn, daysBetween, todayIn, UTC } from '../time';

/** Metrics a client talks about. Ad spend is what they pay in, not a result. */
export const RESULT_METRICS: readonly MetricKey[] = [
  'leads',
  'calls',
  'booked_jobs',
  'organic_traffic',
  'top10_rankings',
  'cost_per_lead',
  'revenue_attributed',
];

export interface KpiChange {
  metric: MetricKey;
  label: string;
  /** A weekly rate for flows (leads a week), the level for rankings and cost per lead. */
  before: number | null;
  after: number;
  changePct: number | null;
  performance: Performance;
  /** "Leads: 12 a week since the last meeting, down 25% from 16 a week before." */
  text: string;
}

/**
 * One KPI from `since` to `now` against the same number of days just before `since`. Flows are
 * compared per week so a short stretch since the meeting is not "down" merely for being short.
 * Null when no week after `since` has data: nothing is invented.
 */
export function kpiChange(
  series: readonly MetricSeries[],
  metric: MetricKey,
  since: string,
  now: string,
  channel: Channel = 'all',
  zone: string = UTC,
): KpiChange | null {
  const from = dayIn(since, zone);
  const to = todayIn(now, zone);
  const span = Math.max(7, daysBetween(from, to));
  const after = rate(series, metric, channel, from, to);
  if (after === null) return null;
  const before = rate(series, metric, channel, addDays(from, -span), addDays(from, -1));
  const changePct = before !== null && before !== 0 ? (after - before) / Math.abs(before) : null;
  const performance = performanceOf(metric, trendOfChange(changePct, DEFAULT_FLAT_BAND));
  return {
    metric,
    label: metricInfo(metric).label,
    before,
    after,
    changePct,
    performance,
    text: describeChange(metric, after, before, changePct),
  };
}

function rate(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  from: string,
  to: string,
): number | null {
  const agg = aggregateRange(series, metric, channel, from, to);
  if (agg.value === null || agg.weeks === 0) return null;
  return metricInfo(metric).aggregation === 'sum' ? agg.value / agg.weeks : agg.value;
}

function describeChange(metric: MetricKey, after: number, before: number | null, changePct: number | null): string {
  const perWeek = metricInfo(metric).aggregation === 'sum' ? ' a week' : '';
  const show = (n: number) => `${formatMetricValue(metric, n)}${perWeek}`;
  const head = `${metricInfo(metric).label}: ${show(after)} since the last meeting`;
  if (before === null || changePct === null) return `${head} (no earlier data to compare).`;
  if (Math.abs(changePct) < 0.005) return `${head}, unchanged from ${show(before)} before.`;
  const word = changePct > 0 ? 'up' : 'down';
  return `${head}, ${word} ${formatChangePercent(Math.abs(changePct)).replace('+', '')} from ${show(before)} before.`;
}
