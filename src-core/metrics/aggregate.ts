import type { Channel, MetricKey, MetricSeries } from '../model';
import { metricInfo } from './metric-info';
import { seriesPoints, type MetricPoint } from './series-points';

export interface Aggregate {
  /** The period's value, null when no week in it has data. */
  value: number | null;
  /**
   * The target for the same weeks as the value: a half-finished quarter is compared with the
   * targets of the weeks that have results, not the whole quarter's. With no data at all it is
   * the whole range's target, so a screen can still say what was expected.
   */
  target: number | null;
  /** Weeks with a value. */
  weeks: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length === 0 ? null : sum(xs) / xs.length);

/** Combines weekly points per the metric's aggregation (see `MetricAggregation`). */
export function aggregatePoints(metric: MetricKey, points: readonly MetricPoint[]): Aggregate {
  const withValue = points.filter((p) => p.value !== null);
  const values = withValue.map((p) => p.value as number);
  const pairedTargets = withValue.flatMap((p) => (p.target === null ? [] : [p.target]));
  const allTargets = points.flatMap((p) => (p.target === null ? [] : [p.target]));
  const targets = withValue.length > 0 ? pairedTargets : allTargets;
  const how = metricInfo(metric).aggregation;
  if (how === 'sum') {
    return {
      value: values.length ? sum(values) : null,
      target: targets.length ? sum(targets) : null,
      weeks: values.length,
    };
  }
  return { value: mean(values), target: mean(targets), weeks: values.length };
}

/**
 * A metric's value and target over a day range for one account. Cost per lead is total spend
 * ÷ total leads when both series exist (weeks where both have values), else the mean weekly CPL.
 */
export function aggregateRange(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  from: string,
  to: string,
): Aggregate & { points: MetricPoint[] } {
  const points = seriesPoints(series, metric, channel, from, to);
  const plain = aggregatePoints(metric, points);
  if (metricInfo(metric).aggregation !== 'ratio') return { ...plain, points };
  const spend = seriesPoints(series, 'ad_spend', channel, from, to);
  const leads = seriesPoints(series, 'leads', channel, from, to);
  let spendTotal = 0;
  let leadTotal = 0;
  spend.forEach((s, i) => {
    const l = leads[i];
    if (s.value === null || !l || l.value === null) return;
    spendTotal += s.value;
    leadTotal += l.value;
  });
  if (leadTotal <= 0) return { ...plain, points };
  return { ...plain, value: Math.round(spendTotal / leadTotal), points };
}
