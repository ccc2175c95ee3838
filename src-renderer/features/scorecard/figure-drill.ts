import type { CsmScorecard, FigureAccount, ScorecardUnit } from '../../../src-core/scorecard';
import { formatScorecardValue, type MetricKey } from './scorecard-view';

/**
 * How the accounts behind a figure read (src-core/scorecard/figure-accounts.ts): a sum of their
 * contributions, a share of them counted, a mean (or percentile) of their values, or a plain list
 * (the accounts that fail a President's Club tick).
 */
export type DrillReading = 'sum' | 'share' | 'values' | 'list';

export interface DrillSpec {
  reading: DrillReading;
  /** The contribution column's heading and unit; no column when the rows carry no value. */
  column: string | null;
  unit: ScorecardUnit;
  /** What a row is when it is not an account (a deal, an answer's date, a message, a month, a goal). */
  item?: string;
  /** What the rows are, in the plural, for a mean or percentile: "answers", "messages"; clients by default. */
  noun?: string;
  /** For shares: the words for a counted row and for the others. */
  yes?: string;
  no?: string;
  /** What a row without a value means ("No basis" for an ROI nothing can measure); a dash otherwise. */
  noValue?: string;
  /** Pay figures: the column of what each row's part was worked out from (`FigureRow.base`). */
  base?: { column: string; unit: ScorecardUnit };
  /** Pay figures: a Rate column (`FigureRow.rate`), so each row reads base × rate = value. */
  rate?: boolean;
}

export const money = (column: string, item?: string): DrillSpec => ({ reading: 'sum', column, unit: 'cents', item });
export const count = (column: string): DrillSpec => ({ reading: 'sum', column, unit: 'count' });
const answered: DrillSpec = {
  reading: 'share',
  column: 'First response',
  unit: 'minutes',
  item: 'Message',
  noun: 'answered messages',
  yes: 'Within target',
  no: 'Over target',
};

/** Every figure on the scorecard, with how its account list reads. */
export const DRILL_SPECS: Record<MetricKey, DrillSpec> = {
  bookValueCents: money('MRR at the close'),
  startMrrCents: money('Opening MRR'),
  expansionCents: money('Expansion MRR'),
  contractionCents: money('Contraction MRR'),
  churnCents: money('Churned MRR'),
  newBusinessCents: money('New MRR'),
  grr: money('Retained MRR (opening − contraction − churn)'),
  nrr: money('MRR with expansion (opening + expansion − losses)'),
  churnRate: money('Churned MRR'),
  revenueLostCents: money('Lost MRR × months'),
  revenueLostAllowanceCents: money('Opening MRR'),
  clientRetention: { reading: 'share', column: 'MRR at the close', unit: 'cents', yes: 'Retained', no: 'Lost' },
  upsellCents: money('First-year value', 'Deal'),
  upgradeCents: money('First-year value', 'Deal'),
  opportunities: count('Passed to Sales'),
  referrals: count('Referrals'),
  nps: { reading: 'values', column: 'Score (0–10)', unit: 'count', item: 'Answered', noun: 'answers' },
  npsResponses: count('Answers'),
  csat: { reading: 'values', column: 'Score (1–5)', unit: 'count', item: 'Answered', noun: 'answers' },
  csatResponses: count('Answers'),
  monthlyContactCoverage: {
    reading: 'share',
    column: null,
    unit: 'count',
    item: 'Month',
    yes: 'Insight sent',
    no: 'Not sent',
  },
  responseP50Minutes: { ...answered, reading: 'values' },
  responseP90Minutes: { ...answered, reading: 'values' },
  respondedInTarget: answered,
  unansweredEndOfDay: { reading: 'sum', column: null, unit: 'count', item: 'Message' },
  kpiHitRate: { reading: 'share', column: 'KPI vs target', unit: 'fraction', yes: 'On target', no: 'Below target' },
  goalCompletion: { reading: 'share', column: null, unit: 'count', item: 'Goal', yes: 'Achieved', no: 'Not achieved' },
  timeToFirstValueDays: { reading: 'values', column: 'Days to first value', unit: 'days' },
  powerGoalsPerClient: { reading: 'values', column: 'Goals started this year', unit: 'count' },
  approvedGoalClients: {
    reading: 'share',
    column: 'Goals approved this year',
    unit: 'count',
    yes: 'Approved goal',
    no: 'None approved',
  },
  roiClients: {
    reading: 'share',
    column: 'ROI',
    unit: 'fraction',
    yes: 'Validated (≥ 100%)',
    no: 'Under 100%',
    noValue: 'No basis',
  },
};

/** The rows behind a figure; an empty list when nothing in the period made it. */
export function drillRows(s: CsmScorecard, key: MetricKey): FigureAccount[] {
  return s.accounts[key] ?? [];
}

/** One line that ties the list to the figure: "3 of 4 retained", "4 accounts · total $88,000". */
export function drillSummary(spec: DrillSpec, rows: readonly FigureAccount[]): string {
  const n = rows.length;
  const accounts = new Set(rows.map((r) => r.accountId)).size;
  const across = `${accounts} ${accounts === 1 ? 'account' : 'accounts'}`;
  if (spec.reading === 'share') {
    return `${rows.filter((r) => r.counted).length} of ${n} ${spec.yes!.toLowerCase()} · ${across}`;
  }
  if (spec.reading === 'values') return `${n} ${spec.noun ?? 'clients'} · ${across}`;
  if (spec.reading === 'list') return across;
  const total = rows.reduce((t, r) => t + (r.value ?? 0), 0);
  return `${across} · total ${formatScorecardValue(spec.unit, total)}`;
}

/**
 * The rows in reading order: the biggest contributions first for sums; otherwise by account,
 * the rows not counted (lost, below target, over target) first so they are seen.
 */
export function drillOrder(spec: DrillSpec, rows: readonly FigureAccount[]): FigureAccount[] {
  if (spec.reading === 'sum') return [...rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return [...rows].sort(
    (a, b) =>
      Number(a.counted ?? false) - Number(b.counted ?? false) ||
      a.accountName.localeCompare(b.accountName) ||
      (a.label ?? '').localeCompare(b.label ?? ''),
  );
}

/** A row's contribution in the figure's unit, or what its absence means. */
export function contributionText(spec: DrillSpec, row: FigureAccount): string {
  if (row.value === null) return spec.noValue ?? '—';
  return formatScorecardValue(spec.unit, row.value);
}
