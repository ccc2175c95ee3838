import {
  answerTone,
  answerWords,
  formatChangePercent,
  formatMoney,
  formatNumber,
  formatPercent,
  npsCategory,
} from '../metrics';
import type { Settings } from '../settings';
import type { HealthInputs } from './health-inputs';

export type MeasureKey = 'results' | 'engagement' | 'sentiment' | 'commercial';

export interface Reason {
  text: string;
  /** True when it pulls the score down; false when it only explains a good number. */
  concern: boolean;
}

export interface Measure {
  key: MeasureKey;
  label: string;
  /** 0–100, or null when there is nothing to score it on (it then carries no weight). */
  points: number | null;
  weight: number;
  reasons: Reason[];
}

export const MEASURE_LABELS: Record<MeasureKey, string> = {
  results: 'Results',
  engagement: 'Engagement',
  sentiment: 'Sentiment',
  commercial: 'Commercial',
};

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const concern = (text: string): Reason => ({ text, concern: true });
const fine = (text: string): Reason => ({ text, concern: false });

/**
 * Results: KPI attainment against target (100 at or above target), less 20 when the KPI is
 * worsening and 10 when it is flat below target — "performance was flat" is the seed's warning.
 */
export function resultsMeasure(i: HealthInputs, s: Settings): Measure {
  const base = { key: 'results' as const, label: MEASURE_LABELS.results, weight: s.health.weights.results };
  const k = i.kpi;
  if (!k)
    return { ...base, points: null, reasons: [fine(`No results recorded in the last ${s.health.lookbackDays} days`)] };
  const start = k.attainment === null ? 70 : Math.min(100, k.attainment * 100);
  const below = k.attainment !== null && k.attainment < 1;
  const penalty = k.performance === 'worsening' ? 20 : k.performance === 'flat' && below ? 10 : 0;
  const reasons: Reason[] = [];
  if (k.attainment !== null) {
    const text = `${k.label} at ${formatPercent(k.attainment)} of target (${formatNumber(k.value)} of ${formatNumber(k.target)} in the last ${s.health.lookbackDays} days)`;
    reasons.push(below ? concern(text) : fine(text));
  }
  const change = k.deltaPct === null ? '' : ` (${formatChangePercent(k.deltaPct)})`;
  if (k.performance === 'worsening') reasons.push(concern(`${k.label} declining${change}`));
  else if (k.performance === 'flat')
    reasons.push(below ? concern(`${k.label} flat${change} while below target`) : fine(`${k.label} steady${change}`));
  else reasons.push(fine(`${k.label} improving${change}`));
  if (i.trafficDeltaPct !== null && i.trafficDeltaPct > s.health.flatBand && k.performance !== 'improving') {
    reasons.push(
      concern(
        `Organic traffic up ${formatPercent(i.trafficDeltaPct)} but ${k.label.toLowerCase()} ${k.deltaPct !== null && k.deltaPct > 0 ? `only up ${formatPercent(k.deltaPct)}` : 'not following'}`,
      ),
    );
  }
  return { ...base, points: clamp(start - penalty), reasons };
}

/**
 * Engagement: half for the days since the last two-way touch against the tier's cadence (full
 * marks within it, falling to zero at three times it), half for meetings kept vs skipped.
 */
export function engagementMeasure(i: HealthInputs, s: Settings): Measure {
  const allowed = Math.max(1, i.allowedDaysWithoutTouch);
  const over = i.daysSinceTwoWayTouch - allowed;
  const touch = over <= 0 ? 100 : clamp(100 - (over / (2 * allowed)) * 100);
  const held = i.keptMeetings + i.skippedMeetings;
  const meetings = held > 0 ? (100 * i.keptMeetings) / held : touch;
  const reasons: Reason[] = [
    over > 0
      ? concern(`No two-way touch for ${i.daysSinceTwoWayTouch} days (cadence allows ${allowed})`)
      : fine(`Last two-way touch ${i.daysSinceTwoWayTouch} days ago`),
  ];
  if (i.skippedMeetings > 0)
    reasons.push(concern(`${i.skippedMeetings} of ${held} meetings skipped in the last ${s.health.lookbackDays} days`));
  if (i.reviewsSkippedInARow >= 2) reasons.push(concern(`Last ${i.reviewsSkippedInARow} monthly reviews skipped`));
  else if (i.skippedMeetings === 0 && held > 0)
    reasons.push(fine(`All ${held} meetings kept in the last ${s.health.lookbackDays} days`));
  return {
    key: 'engagement',
    label: MEASURE_LABELS.engagement,
    weight: s.health.weights.engagement,
    points: clamp((touch + meetings) / 2),
    reasons,
  };
}

/** Sentiment: mean of latest NPS (promoter 100, passive 70, detractor 0–30), CSAT and the CSM's pulse; −15 per negative feedback (up to 2). */
export function sentimentMeasure(i: HealthInputs, s: Settings): Measure {
  const parts: number[] = [];
  const reasons: Reason[] = [];
  if (i.latestNps !== null) {
    const kind = npsCategory(i.latestNps);
    parts.push(kind === 'promoter' ? 100 : kind === 'passive' ? 70 : i.latestNps * 5);
    reasons.push(
      kind === 'detractor'
        ? concern(`Latest NPS ${i.latestNps} (detractor)`)
        : fine(`Latest NPS ${i.latestNps} (${kind})`),
    );
  }
  if (i.latestCsat !== null) {
    parts.push((i.latestCsat - 1) * 25);
    const said = `Latest ${answerWords('csat', i.latestCsat)}`;
    reasons.push(answerTone('csat', i.latestCsat) === 'bad' ? concern(said) : fine(said));
  }
  if (i.pulse !== null) {
    parts.push((i.pulse - 1) * 25);
    reasons.push(i.pulse <= 2 ? concern(`CSM pulse ${i.pulse}/5`) : fine(`CSM pulse ${i.pulse}/5`));
  }
  if (i.negativeFeedback > 0)
    reasons.push(concern(`${i.negativeFeedback} more negative feedback in the last ${s.health.lookbackDays} days`));
  const points = parts.length
    ? clamp(parts.reduce((a, b) => a + b, 0) / parts.length - 15 * Math.min(2, i.negativeFeedback))
    : null;
  if (points === null) reasons.push(fine('No feedback or pulse recorded yet'));
  return { key: 'sentiment', label: MEASURE_LABELS.sentiment, weight: s.health.weights.sentiment, points, reasons };
}

/** Commercial: 100, less 25 per unpaid late invoice and 10 per late payment (up to 2 each), 30 for an unplanned renewal, 30 for a downgrade request. */
export function commercialMeasure(i: HealthInputs, s: Settings): Measure {
  const reasons: Reason[] = [];
  let points = 100 - 25 * Math.min(2, i.lateUnpaidInvoices) - 10 * Math.min(2, i.paidLateInvoices);
  if (i.lateUnpaidInvoices > 0)
    reasons.push(
      concern(
        `${i.lateUnpaidInvoices} invoice${i.lateUnpaidInvoices > 1 ? 's' : ''} unpaid past due (${formatMoney(i.lateUnpaidCents)})`,
      ),
    );
  if (i.paidLateInvoices > 0)
    reasons.push(
      concern(
        `${i.paidLateInvoices} invoice${i.paidLateInvoices > 1 ? 's' : ''} paid late in the last ${s.health.lookbackDays} days`,
      ),
    );
  const renewalSoon = i.renewalInDays !== null && i.renewalInDays <= s.health.renewalWindowDays;
  if (renewalSoon && !i.renewalPlanned) {
    points -= 30;
    reasons.push(concern(`Renewal in ${i.renewalInDays} days with no renewal plan`));
  } else if (renewalSoon) reasons.push(fine(`Renewal in ${i.renewalInDays} days, plan in place`));
  if (i.downgradeRequest) {
    points -= 30;
    reasons.push(concern('Downgrade requested'));
  }
  if (reasons.length === 0) reasons.push(fine('Payments on time'));
  return {
    key: 'commercial',
    label: MEASURE_LABELS.commercial,
    weight: s.health.weights.commercial,
    points: clamp(points),
    reasons,
  };
}
