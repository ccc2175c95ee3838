import { settingsSchema, weightsProblem, type Settings } from '../../../src-core/settings';

/** How a setting is typed and shown: fractions as percents, cents as dollars. */
export type FieldUnit =
  | 'percent'
  | 'number'
  | 'dollars'
  | 'days'
  | 'time'
  | 'minutes'
  | 'hours'
  /** An IANA time zone; '' follows the computer (stored as null). */
  | 'zone'
  /** Weekdays as "0,1,2,3,4" (0 = Monday). */
  | 'weekdays'
  /** Dates, one per line or comma-separated. */
  | 'dates';

export interface SettingField {
  path: string;
  label: string;
  unit: FieldUnit;
}

export interface SettingGroup {
  title: string;
  fields: SettingField[];
}

const f = (path: string, label: string, unit: FieldUnit): SettingField => ({ path, label, unit });
const tier = (t: string) => [
  f(`cadence.${t}.syncEveryDays`, `${t[0]!.toUpperCase()}${t.slice(1)}: sync every (0 = none)`, 'days'),
  f(`cadence.${t}.monthlyReviewEveryDays`, 'monthly review every', 'days'),
  f(`cadence.${t}.qbrEveryDays`, 'QBR every', 'days'),
  f(`cadence.${t}.maxDaysWithoutTwoWayTouch`, 'longest without a two-way touch', 'days'),
];

/** The settings the CSM edits, grouped as the SOPs group them. Every one has a seed default. */
export const SETTING_GROUPS: SettingGroup[] = [
  {
    title: 'Health bands and weights',
    fields: [
      f('health.bands.green', 'Green from score', 'number'),
      f('health.bands.yellow', 'Yellow from score (Red below)', 'number'),
      f('health.weights.results', 'Weight: results', 'percent'),
      f('health.weights.engagement', 'Weight: engagement', 'percent'),
      f('health.weights.sentiment', 'Weight: sentiment', 'percent'),
      f('health.weights.commercial', 'Weight: commercial', 'percent'),
      f('health.flatBand', 'KPI change that counts as flat (±)', 'percent'),
      f('health.kpiWarningTolerance', 'No “flat” warning within this much below target', 'percent'),
      f('health.lookbackDays', 'Look back', 'days'),
      f('health.paymentLateGraceDays', 'Invoice late after due date +', 'days'),
      f('health.renewalWindowDays', 'Renewal window', 'days'),
    ],
  },
  {
    title: 'Time zone, business hours and response',
    fields: [
      f('timeZone', 'Your time zone', 'zone'),
      f('businessHours.start', 'Workday starts', 'time'),
      f('businessHours.end', 'Workday ends (end of day)', 'time'),
      f('businessHours.workdays', 'Workdays', 'weekdays'),
      f('businessHours.holidays', 'Holidays (YYYY-MM-DD, one per line)', 'dates'),
      f('response.firstResponseBusinessMinutes', 'First response within (business)', 'minutes'),
    ],
  },
  {
    title: 'Cadence',
    fields: [
      ...tier('platinum'),
      ...tier('gold'),
      ...tier('silver'),
      ...tier('bronze'),
      f('cadence.monthlyContactEveryDays', 'Monthly insight every', 'days'),
      f('cadence.feedbackEveryDays', 'Ask for feedback every', 'days'),
      f('cadence.renewalPlanningDays', 'Renewal planning starts before renewal', 'days'),
    ],
  },
  {
    title: 'Onboarding clock',
    fields: [
      f('onboarding.welcomeHours', 'Welcome package within', 'hours'),
      f('onboarding.kickoffBusinessDays', 'Kickoff within (business days)', 'number'),
      f('onboarding.quickWinDays', 'First quick win within', 'days'),
      f('onboarding.firstValueDays', 'Time to first value under', 'days'),
    ],
  },
  {
    title: 'Targets',
    fields: [
      f('targets.churnOfBookMax', 'Churn of book value under', 'percent'),
      f('targets.quarterlyRevenueRetention', 'Revenue retained per quarter', 'percent'),
      f('targets.nrr', 'Net revenue retention', 'percent'),
      f('targets.clientRetention', 'Client retention', 'percent'),
      f('targets.nps', 'NPS above', 'number'),
      f('targets.csat', 'CSAT above (of 5)', 'number'),
      f('targets.kpiHitRate', 'Clients hitting their KPIs', 'percent'),
      f('targets.goalCompletion', 'Quarterly goals completed', 'percent'),
      f('targets.healthScore', 'Health scores above', 'number'),
      f('targets.upsellPerQuarterCents', 'Upsell revenue per quarter', 'dollars'),
      f('targets.upgradePerQuarterCents', 'Upgrade revenue per quarter', 'dollars'),
      f('targets.opportunitiesPerYear', 'Opportunities to Sales per year', 'number'),
      f('targets.referralsPerYear', 'Referrals per year', 'number'),
      f('targets.powerGoalsPerClientPerYear', 'POWER goals per client per year', 'number'),
      f('targets.expansionShareOfBase', 'Expansion, share of base revenue per year', 'percent'),
      f('targets.timeToFirstValueDays', 'Time to first value under', 'days'),
      f('targets.monthlyContactCoverage', 'Clients sent the monthly insight', 'percent'),
      f('targets.roiClients', 'Clients with ROI ≥ 100%', 'percent'),
    ],
  },
];

export function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

function setAt<T>(obj: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const copy = structuredClone(obj) as Record<string, unknown>;
  let o = copy;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
  return copy as T;
}

/** What the input shows: 0.3 → "30", 2_500_000 cents → "25000", null zone → "" (follow the computer). */
export function toFormValue(unit: FieldUnit, value: unknown): string {
  if (unit === 'time') return String(value);
  if (unit === 'zone') return value === null ? '' : String(value);
  if (unit === 'weekdays') return (value as number[]).join(',');
  if (unit === 'dates') return (value as string[]).join('\n');
  const n = Number(value);
  if (unit === 'percent') return String(Math.round(n * 10_000) / 100);
  if (unit === 'dollars') return String(n / 100);
  return String(n);
}

export function fromFormValue(unit: FieldUnit, text: string): unknown {
  if (unit === 'time') return text.trim();
  if (unit === 'zone') return text.trim() === '' ? null : text.trim();
  if (unit === 'weekdays')
    return text
      .split(',')
      .filter((d) => d.trim() !== '')
      .map(Number)
      .sort((a, b) => a - b);
  if (unit === 'dates') return [...new Set(text.split(/[\s,]+/).filter(Boolean))].sort();
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return Number.NaN;
  if (unit === 'percent') return Math.round(n * 100) / 10_000;
  if (unit === 'dollars') return Math.round(n * 100);
  return n;
}

export type FormValues = Record<string, string>;

/** The form's text for every field; `followsComputer` shows the zone as "this computer's" rather than its name. */
export function formValuesOf(settings: Settings, followsComputer = settings.timeZone === null): FormValues {
  const out: FormValues = {};
  for (const g of SETTING_GROUPS)
    for (const field of g.fields) out[field.path] = toFormValue(field.unit, getAt(settings, field.path));
  if (followsComputer) out.timeZone = '';
  return out;
}

const LABELS = new Map([
  ...SETTING_GROUPS.flatMap((g) => g.fields.map((field) => [field.path, field.label] as const)),
  ['health.weights', 'Health weights'] as const,
]);

const WEIGHTS = ['results', 'engagement', 'sentiment', 'commercial'] as const;

/** The weights' total as typed, shown beside them before saving: "Health weights add up to 120%; …". */
export function weightsLine(values: FormValues): { ok: boolean; text: string } {
  const w = Object.fromEntries(
    WEIGHTS.map((k) => [k, fromFormValue('percent', values[`health.weights.${k}`] ?? '') as number]),
  ) as Record<(typeof WEIGHTS)[number], number>;
  if (WEIGHTS.some((k) => Number.isNaN(w[k]))) return { ok: false, text: 'Health weights: each one is a number.' };
  const problem = weightsProblem(w);
  return problem
    ? { ok: false, text: `Health weights ${problem}.` }
    : { ok: true, text: 'Health weights add up to 100%.' };
}

/** The settings the form describes, validated by the same schema that reads them back; problems name the field. */
export function settingsFromForm(
  base: Settings,
  values: FormValues,
): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  let next = base;
  for (const g of SETTING_GROUPS)
    for (const field of g.fields) next = setAt(next, field.path, fromFormValue(field.unit, values[field.path] ?? ''));
  const parsed = settingsSchema.safeParse(next);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems = parsed.error.issues.map((i) => {
    const path = i.path.join('.');
    const label = LABELS.get(path) ?? [...LABELS.entries()].find(([p]) => p.startsWith(`${path}.`))?.[1] ?? path;
    return `${label}: ${i.message}`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}
