import { CHANNELS, type Channel, type MetricKey, type MetricSeries } from '../model';
import type { Period } from '../time';
import { aggregateRange } from './aggregate';
import { attainment } from './attainment';
import { metricInfo } from './metric-info';
import { hasSeries } from './series-points';

export interface ChannelRow {
  channel: Channel;
  value: number | null;
  target: number | null;
  attainment: number | null;
  /** This channel's part of the sum of channels (sum metrics only; null for levels and ratios). */
  share: number | null;
}

/**
 * The QBR's channel performance breakdown: one row per channel the account has a series for,
 * excluding the `all` roll-up, in the fixed channel order, so the chart legend never reshuffles.
 */
export function channelBreakdown(series: readonly MetricSeries[], metric: MetricKey, period: Period): ChannelRow[] {
  const channels = CHANNELS.filter((c) => c !== 'all' && hasSeries(series, metric, c));
  const rows = channels.map((channel) => {
    const agg = aggregateRange(series, metric, channel, period.start, period.end);
    return { channel, value: agg.value, target: agg.target, attainment: attainment(metric, agg.value, agg.target) };
  });
  const additive = metricInfo(metric).aggregation === 'sum';
  const total = rows.reduce((t, r) => t + (r.value ?? 0), 0);
  return rows.map((r) => ({ ...r, share: additive && total > 0 && r.value !== null ? r.value / total : null }));
}
