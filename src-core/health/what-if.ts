import { formatMoney, formatNumber } from '../metrics';
import type { HealthBand } from '../model';
import type { Settings } from '../settings';
import type { HealthInputs } from './health-inputs';
import { BAND_LABELS, bandRank, scoreHealth } from './health-score';

export interface WhatIfChange {
  key: string;
  label: string;
}

export interface WhatWouldMoveIt {
  toBand: HealthBand;
  changes: WhatIfChange[];
  /** The score the account would have with these changes. */
  score: number;
  /** "2 kept meetings in the next 30 days and leads back to target → Green". */
  summary: string;
}

interface Candidate extends WhatIfChange {
  apply: (i: HealthInputs) => HealthInputs;
}

/** Concrete changes a CSM can make happen, each only offered when it would change something. */
function candidates(i: HealthInputs, s: Settings): Candidate[] {
  const out: Candidate[] = [];
  const k = i.kpi;
  if (k && ((k.attainment !== null && k.attainment < 1) || k.performance === 'worsening')) {
    const target = k.target === null ? '' : ` (${formatNumber(k.target)} in ${s.health.lookbackDays} days)`;
    out.push({
      key: 'kpi_to_target',
      label: `${k.label.toLowerCase()} back to target${target}`,
      apply: (x) => ({
        ...x,
        kpi: x.kpi && { ...x.kpi, attainment: Math.max(1, x.kpi.attainment ?? 1), performance: 'flat' },
      }),
    });
  }
  if (i.skippedMeetings > 0 || i.daysSinceTwoWayTouch > i.allowedDaysWithoutTouch) {
    out.push({
      key: 'kept_meetings',
      label: '2 kept meetings in the next 30 days',
      apply: (x) => ({ ...x, keptMeetings: x.keptMeetings + 2, daysSinceTwoWayTouch: 0 }),
    });
  }
  if (i.daysSinceTwoWayTouch > i.allowedDaysWithoutTouch) {
    out.push({
      key: 'two_way_touch',
      label: 'a two-way conversation (call or meeting) this week',
      apply: (x) => ({ ...x, daysSinceTwoWayTouch: 0 }),
    });
  }
  if (i.lateUnpaidInvoices > 0) {
    out.push({
      key: 'pay_invoices',
      label: `the late invoices (${formatMoney(i.lateUnpaidCents)}) paid`,
      apply: (x) => ({ ...x, lateUnpaidInvoices: 0, lateUnpaidCents: 0 }),
    });
  }
  if (i.renewalInDays !== null && i.renewalInDays <= s.health.renewalWindowDays && !i.renewalPlanned) {
    out.push({
      key: 'renewal_plan',
      label: 'a renewal plan in the pipeline',
      apply: (x) => ({ ...x, renewalPlanned: true }),
    });
  }
  if ((i.latestNps !== null && i.latestNps < 9) || (i.latestCsat !== null && i.latestCsat < 5)) {
    out.push({
      key: 'positive_feedback',
      label: 'new feedback at NPS 9+ and CSAT 5',
      apply: (x) => ({
        ...x,
        latestNps: x.latestNps === null ? null : 9,
        latestCsat: x.latestCsat === null ? null : 5,
      }),
    });
  }
  if (i.pulse !== null && i.pulse < 4)
    out.push({ key: 'pulse_up', label: 'your pulse back up to 4/5', apply: (x) => ({ ...x, pulse: 4 }) });
  if (i.downgradeRequest)
    out.push({
      key: 'downgrade_resolved',
      label: 'the downgrade request resolved',
      apply: (x) => ({ ...x, downgradeRequest: false }),
    });
  if (i.competitorInterest)
    out.push({
      key: 'competitor_resolved',
      label: 'the competitor concern answered (value proposition review)',
      apply: (x) => ({ ...x, competitorInterest: false }),
    });
  if (i.cancellationThreat)
    out.push({
      key: 'cancellation_resolved',
      label: 'the cancellation threat withdrawn (recovery plan agreed)',
      apply: (x) => ({ ...x, cancellationThreat: false }),
    });
  return out;
}

/** The inputs as they would be after the named changes: what a test (or a curious CSM) can re-score. */
export function applyWhatIf(inputs: HealthInputs, keys: readonly string[], settings: Settings): HealthInputs {
  return candidates(inputs, settings)
    .filter((c) => keys.includes(c.key))
    .reduce((x, c) => c.apply(x), inputs);
}

const MAX_CHANGES = 4;

/**
 * The smallest set of changes that lifts the account to the next band, found by re-scoring each
 * combination (at most a few hundred small computations); among sets of the same size, the one
 * with the highest score wins. Null when already Green or no set of up to 4 changes gets there.
 */
export function whatWouldMoveIt(inputs: HealthInputs, settings: Settings): WhatWouldMoveIt | null {
  const now = scoreHealth(inputs, settings).band;
  if (now === 'green') return null;
  const toBand: HealthBand = now === 'red' ? 'yellow' : 'green';
  const all = candidates(inputs, settings);
  for (let size = 1; size <= Math.min(MAX_CHANGES, all.length); size++) {
    let best: { set: Candidate[]; score: number } | null = null;
    for (const set of combinations(all, size)) {
      const result = scoreHealth(
        set.reduce((x, c) => c.apply(x), inputs),
        settings,
      );
      if (bandRank(result.band) >= bandRank(toBand) && (!best || result.score > best.score))
        best = { set, score: result.score };
    }
    if (best) {
      const changes = best.set.map(({ key, label }) => ({ key, label }));
      const words = changes.map((c) => c.label).join(' and ');
      return {
        toBand,
        changes,
        score: best.score,
        summary: `${words.charAt(0).toUpperCase()}${words.slice(1)} → ${BAND_LABELS[toBand]}`,
      };
    }
  }
  return null;
}

function* combinations<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++) {
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}
