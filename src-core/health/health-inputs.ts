import { compareRanges, hasSeries, metricInfo, type Performance } from '../metrics';
import type { Activity, Channel, Invoice, MetricKey, MetricSeries } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, daysBetween, instantMs, todayIn } from '../time';
import type { AccountData } from './account-book';
import { daysSinceContact, lastContactAt, meetingAttendance } from './engagement';
import { activeSignal, hasRenewalPlan, nextRenewal } from './signals';

/**
 * The facts health is scored from. Scoring reads only these, so "what would move it" can
 * change a fact (two kept meetings, leads back to target) and re-score honestly.
 */
export interface HealthInputs {
  kpi: {
    label: string;
    value: number | null;
    target: number | null;
    attainment: number | null;
    performance: Performance;
    deltaPct: number | null;
  } | null;
  // deltaPct above is the weekly-rate change, so missing or future weeks do not distort it.
  /** Organic traffic's change over the same window, to explain "traffic up, leads flat". */
  trafficDeltaPct: number | null;
  /** The last two-way contact (engagement.ts), null when never: days are counted from the client's start. */
  lastTwoWayAt: string | null;
  daysSinceTwoWayTouch: number;
  allowedDaysWithoutTouch: number;
  keptMeetings: number;
  skippedMeetings: number;
  /** Monthly reviews and QBRs skipped in a row, most recent first ("skipped the last two calls"). */
  reviewsSkippedInARow: number;
  latestNps: number | null;
  latestCsat: number | null;
  /** Negative answers (NPS ≤ 6 or CSAT ≤ 2) in the look-back before the latest one. */
  negativeFeedback: number;
  pulse: number | null;
  lateUnpaidInvoices: number;
  lateUnpaidCents: number;
  paidLateInvoices: number;
  renewalInDays: number | null;
  renewalPlanned: boolean;
  downgradeRequest: boolean;
  competitorInterest: boolean;
  cancellationThreat: boolean;
}

export function healthInputs(data: AccountData, now: string, settings: Settings): HealthInputs {
  const today = todayIn(now, csmTimeZone(settings));
  const h = settings.health;
  const since = addDays(today, -h.lookbackDays);
  const renewal = nextRenewal(data.contracts, today);
  const renewalInDays = renewal ? daysBetween(today, renewal.renewalDate) : null;
  const signal = (kind: Parameters<typeof activeSignal>[1]) =>
    activeSignal(data.account, kind, today, h.lookbackDays) !== null;
  return {
    kpi: kpiFacts(data.metrics, h.kpiMetric, today, h.lookbackDays, h.flatBand),
    trafficDeltaPct: trafficChange(data.metrics, today, h.lookbackDays, h.flatBand),
    ...engagementFacts(data, now, today, since, settings),
    ...sentimentFacts(data, today, since),
    ...invoiceFacts(data.invoices, today, since, h.paymentLateGraceDays),
    renewalInDays,
    renewalPlanned: renewal ? hasRenewalPlan(renewal, data.opportunities, data.tasks, h.renewalWindowDays) : true,
    downgradeRequest: signal('downgrade_request'),
    competitorInterest: signal('competitor_interest'),
    cancellationThreat: signal('cancellation_threat'),
  };
}

function windows(today: string, days: number) {
  const start = addDays(today, -(days - 1));
  return {
    current: { key: 'current', start, end: today },
    before: { key: 'before', start: addDays(start, -days), end: addDays(start, -1) },
  };
}

function kpiFacts(
  series: readonly MetricSeries[],
  metric: MetricKey,
  today: string,
  days: number,
  flatBand: number,
): HealthInputs['kpi'] {
  if (!hasSeries(series, metric, 'all')) return null;
  const w = windows(today, days);
  const s = compareRanges(series, metric, 'all', w.current, w.before, flatBand);
  if (s.value === null) return null;
  return {
    label: metricInfo(metric).label,
    value: s.value,
    target: s.target,
    attainment: s.attainment,
    performance: s.performance,
    deltaPct: s.rateChangePct,
  };
}

function trafficChange(series: readonly MetricSeries[], today: string, days: number, flatBand: number): number | null {
  const channel: Channel | null = hasSeries(series, 'organic_traffic', 'all')
    ? 'all'
    : hasSeries(series, 'organic_traffic', 'organic')
      ? 'organic'
      : null;
  if (!channel) return null;
  const w = windows(today, days);
  return compareRanges(series, 'organic_traffic', channel, w.current, w.before, flatBand).rateChangePct;
}

function engagementFacts(data: AccountData, now: string, today: string, since: string, settings: Settings) {
  const zone = csmTimeZone(settings);
  const lastTwoWayAt = lastContactAt(data.activities, 'two_way', now);
  const meetings = meetingAttendance(data.activities, now, since, zone);
  return {
    reviewsSkippedInARow: reviewsSkippedInARow(data.activities, now),
    lastTwoWayAt,
    // Never touched: count from the day the client started.
    daysSinceTwoWayTouch: daysSinceContact(lastTwoWayAt, today, zone) ?? daysBetween(data.account.startedAt, today),
    allowedDaysWithoutTouch: settings.cadence[data.account.tier].maxDaysWithoutTwoWayTouch,
    keptMeetings: meetings.kept,
    skippedMeetings: meetings.skipped,
  };
}

const REVIEW_KINDS = new Set<Activity['kind']>(['meeting', 'qbr']);

function reviewsSkippedInARow(activities: readonly Activity[], now: string): number {
  const until = instantMs(now);
  const held = activities
    .filter((a) => REVIEW_KINDS.has(a.kind) && instantMs(a.at) <= until && a.status !== 'scheduled')
    .sort((a, b) => instantMs(b.at) - instantMs(a.at));
  const firstKept = held.findIndex((a) => a.status === 'completed');
  return firstKept === -1 ? held.length : firstKept;
}

function sentimentFacts(data: AccountData, today: string, since: string) {
  const feedback = data.feedback.filter((f) => f.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  const latest = <K extends 'nps' | 'csat'>(k: K) => [...feedback].reverse().find((f) => f[k] !== null)?.[k] ?? null;
  // The latest answer is already scored as NPS/CSAT; only earlier negative answers add to it.
  const earlier = feedback.slice(0, -1);
  const negative = earlier.filter(
    (f) => f.date >= since && ((f.nps !== null && f.nps <= 6) || (f.csat !== null && f.csat <= 2)),
  ).length;
  return {
    latestNps: latest('nps'),
    latestCsat: latest('csat'),
    negativeFeedback: negative,
    pulse: data.account.pulse,
  };
}

function invoiceFacts(invoices: readonly Invoice[], today: string, since: string, graceDays: number) {
  let lateUnpaidInvoices = 0;
  let lateUnpaidCents = 0;
  let paidLateInvoices = 0;
  for (const inv of invoices) {
    const lateFrom = addDays(inv.dueDate, graceDays);
    if (inv.paidAt === null && today > lateFrom) {
      lateUnpaidInvoices++;
      lateUnpaidCents += inv.amountCents;
    } else if (inv.paidAt !== null && inv.paidAt > lateFrom && inv.paidAt >= since) {
      paidLateInvoices++;
    }
  }
  return { lateUnpaidInvoices, lateUnpaidCents, paidLateInvoices };
}
