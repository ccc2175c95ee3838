import type { Channel, MetricKey, MetricSeries } from '../../../src-core/model';
import { CHANNELS, METRIC_KEYS } from '../../../src-core/model';
import type { MetricPoint } from '../../../src-core/metrics';
import { labelOf } from '../shared/format';

/**
 * What the KPI picker offers and the default window. The points themselves come from
 * `seriesPoints` in src-core/metrics, the same function the decks use.
 */

export function channelLabel(channel: Channel): string {
  return channel === 'all' ? 'All channels' : labelOf(channel);
}

/** Which metric/channel pairs this account has data for, in the model's order. */
export function metricOptions(series: readonly MetricSeries[]): Map<MetricKey, Channel[]> {
  const present = new Set(series.filter((s) => !s.deleted).map((s) => `${s.metric}|${s.channel}`));
  const options = new Map<MetricKey, Channel[]>();
  for (const metric of METRIC_KEYS) {
    const channels = CHANNELS.filter((c) => present.has(`${metric}|${c}`));
    if (channels.length > 0) options.set(metric, channels);
  }
  return options;
}

/** The most recent week with a value, for the figure above a chart. */
export function latestPoint(points: readonly MetricPoint[]): MetricPoint | null {
  for (let i = points.length - 1; i >= 0; i--) {
    if (points[i]!.value !== null) return points[i]!;
  }
  return null;
}
