import {
  answersWord,
  formatNumber,
  formatPercent,
  formatSurveyValue,
  NO_VALUE,
  SMALL_SAMPLE,
} from '../../../src-core/metrics';
import { formatMoney } from '../shared/format';
import {
  SCORECARD_DEFINITIONS,
  type ScorecardHeadline,
  type ScorecardUnit,
  type ScorecardValues,
} from '../../../src-core/scorecard';
import { periodContaining, previousPeriod, parsePeriod, type Period } from '../../../src-core/time';

export type MetricKey = keyof ScorecardValues;
export type MetricStatus = 'met' | 'missed' | 'none';

/** A scorecard number in its unit: money, percent, business time, NPS with its sign. */
export function formatScorecardValue(unit: ScorecardUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  switch (unit) {
    case 'cents':
      return formatMoney(value);
    case 'fraction':
      return formatPercent(value, Math.abs(value) < 0.1 && value !== 0 ? 1 : 0);
    case 'count':
      return formatNumber(value, 1);
    case 'minutes':
      return businessTime(value);
    case 'days':
      return `${formatNumber(value, 1)} days`;
    case 'nps':
      return formatSurveyValue('nps', value);
    case 'csat':
      return `${formatSurveyValue('csat', value)} / 5`;
    case 'ratio':
      return formatNumber(value, 2);
  }
}

/** How many answers an NPS or CSAT figure rests on; null for every other metric. */
export function surveyAnswers(key: MetricKey, s: ScorecardHeadline): number | null {
  if (key === 'nps') return s.npsResponses;
  if (key === 'csat') return s.csatResponses;
  return null;
}

/** "12 answers", or "2 answers · too few to judge" (no verdict is drawn): the basis shown under NPS and CSAT. */
export function surveyBasis(key: MetricKey, s: ScorecardHeadline): string | null {
  const answers = surveyAnswers(key, s);
  if (answers === null) return null;
  const few = answers > 0 && answers < SMALL_SAMPLE;
  return `${answersWord(answers)}${few ? ' · too few to judge' : ''}`;
}

/** Business minutes as "45 min", "2 h", "3 h 05 min". */
export function businessTime(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${String(rest).padStart(2, '0')} min`;
}

/**
 * Met when at or better than target in the metric's direction; no verdict without both numbers,
 * nor for an NPS or CSAT from fewer answers than `SMALL_SAMPLE` (`answers`, when given).
 */
export function metricStatus(
  key: MetricKey,
  value: number | null,
  target: number | null,
  answers: number | null = null,
): MetricStatus {
  const better = SCORECARD_DEFINITIONS[key].better;
  if (value === null || target === null || better === null) return 'none';
  if (answers !== null && answers < SMALL_SAMPLE) return 'none';
  return better === 'higher' ? (value >= target ? 'met' : 'missed') : value <= target ? 'met' : 'missed';
}

/** "target ≥ 110%", "target ≤ $9,000", or null when the seeds set none. */
export function targetWords(key: MetricKey, target: number | null): string | null {
  const def = SCORECARD_DEFINITIONS[key];
  if (target === null || def.better === null) return null;
  return `target ${def.better === 'higher' ? '≥' : '≤'} ${formatScorecardValue(def.unit, target)}`;
}

/** The period picker's choices: this period and the ones before it, newest first. */
export function periodChoices(kind: Period['kind'], today: string, count: number): Period[] {
  const out = [periodContaining(today, kind)];
  while (out.length < count) out.push(previousPeriod(out[out.length - 1]!));
  return out;
}

/** The chosen period and the ones before it, oldest first: what the trend charts plot. */
export function trailingPeriodKeys(key: string, count: number): string[] {
  const out = [parsePeriod(key)];
  while (out.length < count) out.unshift(previousPeriod(out[0]!));
  return out.map((p) => p.key);
}

export interface MetricGroup {
  title: string;
  keys: MetricKey[];
}

/** The scorecard's sections, in the order a lead reads them (DESIGN §1 job 5). */
export const SCORECARD_GROUPS: MetricGroup[] = [
  { title: 'Retention', keys: ['bookValueCents', 'grr', 'nrr', 'churnRate', 'clientRetention', 'revenueLostCents'] },
  { title: 'Expansion', keys: ['upsellCents', 'upgradeCents', 'expansionCents', 'opportunities', 'referrals'] },
  { title: 'Relationship', keys: ['nps', 'csat', 'monthlyContactCoverage'] },
  { title: 'Response', keys: ['responseP50Minutes', 'responseP90Minutes', 'respondedInTarget', 'unansweredEndOfDay'] },
  {
    title: 'Value delivered',
    keys: [
      'kpiHitRate',
      'goalCompletion',
      'timeToFirstValueDays',
      'powerGoalsPerClient',
      'approvedGoalClients',
      'roiClients',
    ],
  },
];

export interface RevenueLoss {
  lostCents: number;
  allowanceCents: number;
  /** Lost ÷ allowance; 1 means the whole allowance is used. Null with no starting revenue. */
  used: number | null;
  headroomCents: number;
  over: boolean;
}

/** The SOP's "retain 97%": how much of the period's revenue-loss allowance is used. */
export function revenueLoss(s: Pick<ScorecardHeadline, 'revenueLostCents' | 'revenueLostAllowanceCents'>): RevenueLoss {
  const { revenueLostCents: lost, revenueLostAllowanceCents: allowance } = s;
  return {
    lostCents: lost,
    allowanceCents: allowance,
    used: allowance > 0 ? lost / allowance : null,
    headroomCents: allowance - lost,
    over: lost > allowance,
  };
}

/** How many metrics with a target are met: the headline of the page. */
export function targetsMet(s: ScorecardHeadline): { met: number; of: number } {
  let met = 0;
  let of = 0;
  for (const group of SCORECARD_GROUPS) {
    for (const key of group.keys) {
      const status = metricStatus(key, s[key], s.targets[key], surveyAnswers(key, s));
      if (status === 'none') continue;
      of++;
      if (status === 'met') met++;
    }
  }
  return { met, of };
}

/** Chart axes read dollars and percents, not cents and fractions. */
export function chartValue(unit: ScorecardUnit, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (unit === 'cents') return Math.round(value) / 100;
  if (unit === 'fraction') return Math.round(value * 1000) / 10;
  return value;
}

/** Short axis labels in chart units (dollars, percents): "$150K", "110%", "2 h". */
export function axisLabel(unit: ScorecardUnit, v: number): string {
  if (unit === 'cents') return Math.abs(v) >= 1_000 ? `$${formatNumber(v / 1_000, 1)}K` : `$${formatNumber(v)}`;
  if (unit === 'fraction') return `${formatNumber(v)}%`;
  if (unit === 'minutes') return v >= 60 ? `${formatNumber(v / 60, 1)} h` : `${formatNumber(v)} m`;
  return formatNumber(v, 1);
}
