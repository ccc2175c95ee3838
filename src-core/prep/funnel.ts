import { nextRenewal, type AccountData } from '../health';
import { aggregateRange, metricInfo } from '../metrics';
import type { Channel, Contract, MetricKey } from '../model';
import { addDays } from '../time';
import { RESULT_METRICS } from './kpi-change';

/** The client's funnel, top to bottom: visits become leads, leads become booked jobs. */
export const FUNNEL_STAGES: readonly MetricKey[] = ['organic_traffic', 'leads', 'booked_jobs'];

/** "Now" and "before us" are each a quarter of weekly results. */
const WINDOW_DAYS = 91;

export interface FunnelRow {
  metric: MetricKey;
  /** The whole account ('all'), or the one channel a metric is kept for (organic traffic is organic). */
  channel: Channel;
  /** A weekly rate for flows (leads a week), the level for rankings and cost per lead. */
  now: number | null;
  /** The same rate before the work began, from the account's history or else its POWER goal's baseline. */
  baseline: number | null;
  baselineFrom: 'history' | 'goal' | null;
  /** The target rate for the same weeks as `now`. */
  target: number | null;
  /** `now` against `baseline`: +0.18 is up 18% since the work began. */
  changePct: number | null;
  /** Share of the stage above that reached this one (leads ÷ visits), now and before; null on the top stage. */
  conversion: { now: number | null; baseline: number | null } | null;
}

export interface AccountFunnel {
  /** When the work behind the current contract began: the baseline is the quarter before it. */
  since: string | null;
  /** The funnel's stages the account has data for, top to bottom. */
  stages: FunnelRow[];
  /** The result that moved most since the work began, funnel or not (e.g. organic traffic, while leads are flat). */
  movedMost: FunnelRow | null;
}

/**
 * The account's funnel against its pre-contract baseline and target, and the result metric that
 * moved most since the work began — the story of the meeting even when it is not the health metric.
 */
export function accountFunnel(data: AccountData, today: string): AccountFunnel {
  const since = workStart(data.contracts, today);
  const rows = RESULT_METRICS.flatMap((m) => {
    const channel = resultChannel(data, m);
    return channel ? [resultRow(data, m, channel, since, today)] : [];
  });
  const byMetric = new Map(rows.map((r) => [r.metric, r]));
  const stages: FunnelRow[] = [];
  for (const metric of FUNNEL_STAGES) {
    const row = byMetric.get(metric);
    if (!row) continue;
    const above = stages[stages.length - 1];
    stages.push({ ...row, conversion: above ? conversionOf(above, row) : null });
  }
  const moved = rows
    .filter((r) => r.changePct !== null && r.changePct !== 0)
    .sort((a, b) => Math.abs(b.changePct!) - Math.abs(a.changePct!))[0];
  return { since, stages, movedMost: moved ? (stages.find((s) => s.metric === moved.metric) ?? moved) : null };
}

/**
 * The start of the work the current contract pays for: the earliest contract sharing one of its
 * services (a renewal continues the work; a website build before an SEO contract is other work).
 */
export function workStart(contracts: readonly Contract[], today: string): string | null {
  const live = contracts.filter((c) => !c.deleted);
  const current =
    nextRenewal(live, today) ??
    live.filter((c) => c.startDate <= today).sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  if (!current) return null;
  const same = live.filter((c) => c.services.some((s) => current.services.includes(s)));
  return [current, ...same].map((c) => c.startDate).sort()[0] ?? null;
}

/**
 * The series a result metric is read from: the account-wide one when there is one, else the only
 * channel the metric is kept for (organic traffic is kept for organic); null for none or several.
 * The funnel and Prep's charts both read it, so they show the same numbers.
 */
export function resultChannel(data: AccountData, metric: MetricKey): Channel | null {
  const channels = new Set(data.metrics.filter((s) => !s.deleted && s.metric === metric).map((s) => s.channel));
  if (channels.has('all')) return 'all';
  return channels.size === 1 ? [...channels][0]! : null;
}

function resultRow(data: AccountData, metric: MetricKey, channel: Channel, since: string | null, today: string) {
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const rate = (a: string, b: string) => weeklyRate(data, metric, channel, a, b);
  const recent = rate(since !== null && since > from ? since : from, today);
  const before = since ? rate(addDays(since, -WINDOW_DAYS), addDays(since, -1)).value : null;
  const goal = data.goals.find((g) => g.metric === metric && g.channel === channel && g.status !== 'dropped');
  const baseline = before ?? goal?.baseline ?? null;
  const now = recent.value;
  const row: FunnelRow = {
    metric,
    channel,
    now,
    baseline,
    baselineFrom: before !== null ? 'history' : baseline !== null ? 'goal' : null,
    target: recent.target,
    changePct: now !== null && baseline !== null && baseline !== 0 ? (now - baseline) / Math.abs(baseline) : null,
    conversion: null,
  };
  return row;
}

/** Flows per week (sums ÷ weeks with data); levels and ratios as they are. */
function weeklyRate(data: AccountData, metric: MetricKey, channel: Channel, from: string, to: string) {
  const a = aggregateRange(data.metrics, metric, channel, from, to);
  if (a.weeks === 0) return { value: null, target: null };
  if (metricInfo(metric).aggregation !== 'sum') return { value: a.value, target: a.target };
  return { value: (a.value ?? 0) / a.weeks, target: a.target === null ? null : a.target / a.weeks };
}

const share = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : part / whole;

function conversionOf(above: FunnelRow, row: FunnelRow): FunnelRow['conversion'] {
  return { now: share(row.now, above.now), baseline: share(row.baseline, above.baseline) };
}
