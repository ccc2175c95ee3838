import { periodSummary } from '../../../src-core/metrics';
import type { Channel, MetricKey } from '../../../src-core/model';
import { RESULT_METRICS, resultChannel, type AccountData } from '../../../src-core/prep';
import type { Period } from '../../../src-core/time';

/**
 * The KPIs a client asks about first: leads, then the traffic that feeds them (the funnel's top:
 * "traffic up, leads flat" is the story of seed 001), then calls and jobs.
 */
const CHART_ORDER: MetricKey[] = [
  'leads',
  'organic_traffic',
  'calls',
  'booked_jobs',
  'revenue_attributed',
  'cost_per_lead',
  'top10_rankings',
];
const MAX_CHARTS = 3;

/** A result metric Prep charts, and the series it reads (`resultChannel`, as the funnel does). */
export interface ChartedMetric {
  metric: MetricKey;
  channel: Channel;
}

/**
 * The charts Prep shows: the metric that moved most, the POWER goals' metrics, then the usual
 * order, at most three. Each reads the series the funnel reads, so a metric kept for one channel
 * only (organic traffic on a multi-channel account) is charted from that channel, not left out.
 */
export function chartedMetrics(data: AccountData, period?: Period): ChartedMetric[] {
  const channels = new Map<MetricKey, Channel>();
  for (const metric of RESULT_METRICS) {
    const channel = resultChannel(data, metric);
    if (channel) channels.set(metric, channel);
  }
  const goalMetrics = data.goals.filter((g) => !g.deleted && g.status === 'open').map((g) => g.metric);
  const moved = period ? movedMost(data, period, channels) : null;
  const order = [...new Set([...(moved ? [moved] : []), ...goalMetrics, ...CHART_ORDER])].filter((m) =>
    channels.has(m),
  );
  return order.slice(0, MAX_CHARTS).map((metric) => ({ metric, channel: channels.get(metric)! }));
}

/**
 * The story of the meeting is often the metric that moved, not the health metric ("organic
 * traffic up while leads flat"): the result metric whose weekly rate changed most against the
 * previous period (periodSummary's rateChangePct, the one owner), charted first.
 */
function movedMost(data: AccountData, period: Period, channels: ReadonlyMap<MetricKey, Channel>): MetricKey | null {
  let best: { metric: MetricKey; change: number } | null = null;
  for (const [metric, channel] of channels) {
    const change = Math.abs(periodSummary(data.metrics, metric, channel, period).rateChangePct ?? 0);
    if (change > 0 && (best === null || change > best.change)) best = { metric, change };
  }
  return best?.metric ?? null;
}
