import { parseMoney, parseNumber } from '../crm/values';
import { metricInfo } from '../metrics';
import type { Channel, Goal, MetricKey } from '../model';
import { isoDate } from '../model/primitives';

/**
 * A new POWER goal as the CSM types it (seed 002: "Discover and document (2) NEW POWER Goal per
 * client per year"; "every year each client MUST show enough POWER GOAL ATTAINMENT to exceed the
 * investment"). A POWER goal is a measurable client outcome: one KPI on one channel, from a
 * baseline to a target by a due date, and what reaching it is worth to the client — the value ROI
 * weighs against the investment. The client's approval is recorded on the goal afterwards.
 */
export interface GoalForm {
  title: string;
  metric: MetricKey;
  channel: Channel;
  /** As typed; money metrics in dollars ("45" or "45.50"), others as plain numbers. */
  baseline: string;
  target: string;
  startDate: string;
  dueDate: string;
  /** Dollars, as typed. */
  value: string;
  note: string;
}

export type GoalFormField = keyof GoalForm;
export type GoalDraft = Omit<Goal, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'approval'>;
export type GoalFormResult =
  | { ok: true; draft: GoalDraft }
  | { ok: false; errors: Partial<Record<GoalFormField, string>> };

/** The longest a POWER goal may run: the seed judges attainment on the agreement year. */
export const MAX_GOAL_MONTHS = 24;

export function emptyGoalForm(today: string): GoalForm {
  return {
    title: '',
    metric: 'leads',
    channel: 'all',
    baseline: '',
    target: '',
    startDate: today,
    dueDate: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28'),
    value: '',
    note: '',
  };
}

/** A KPI level as stored: money metrics in cents, the rest as numbers. */
function level(metric: MetricKey, typed: string): number | null {
  return metricInfo(metric).unit === 'cents' ? parseMoney(typed.replace(/^\$/, '')) : parseNumber(typed);
}

function monthsBetween(start: string, end: string): number {
  const [ys, ms, ds] = start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = end.split('-').map(Number) as [number, number, number];
  return (ye - ys) * 12 + (me - ms) + (de > ds ? 1 : 0);
}

function dateErrors(form: GoalForm, errors: Partial<Record<GoalFormField, string>>): void {
  if (!isoDate.safeParse(form.startDate).success) errors.startDate = 'Enter the day the goal starts.';
  if (!isoDate.safeParse(form.dueDate).success) errors.dueDate = 'Enter the day the target is due.';
  else if (!errors.startDate && form.dueDate <= form.startDate)
    errors.dueDate = 'The due date must be after the start.';
  else if (!errors.startDate && monthsBetween(form.startDate, form.dueDate) > MAX_GOAL_MONTHS)
    errors.dueDate = `A POWER goal is due within ${MAX_GOAL_MONTHS} months of its start.`;
}

/**
 * Checks a typed POWER goal and turns it into a goal row's fields, or says what is wrong with each
 * field in the CSM's words. The direction (higher or lower is better) follows the metric; a target
 * on the wrong side of the baseline is refused rather than silently read the other way.
 */
export function parseGoalForm(accountId: string, form: GoalForm): GoalFormResult {
  const errors: Partial<Record<GoalFormField, string>> = {};
  const title = form.title.trim();
  if (title === '') errors.title = 'Name the outcome the client wants (e.g. “30 booked jobs a week”).';
  else if (title.length > 200) errors.title = 'Keep the name under 200 characters.';
  const info = metricInfo(form.metric);
  const baseline = level(form.metric, form.baseline);
  const target = level(form.metric, form.target);
  const unit = info.unit === 'cents' ? 'an amount in dollars' : 'a number';
  if (baseline === null || baseline < 0)
    errors.baseline = `Enter where ${info.label.toLowerCase()} stand now (${unit}).`;
  if (target === null || target < 0) errors.target = `Enter the target (${unit}).`;
  else if (baseline !== null && target === baseline) errors.target = 'The target must differ from the baseline.';
  else if (baseline !== null && info.direction === 'higher' && target < baseline)
    errors.target = `${info.label}: higher is better, so the target must be above the baseline.`;
  else if (baseline !== null && info.direction === 'lower' && target > baseline)
    errors.target = `${info.label}: lower is better, so the target must be below the baseline.`;
  dateErrors(form, errors);
  const valueCents = parseMoney(form.value.replace(/^\$/, ''));
  if (valueCents === null || valueCents <= 0)
    errors.value = 'Say what reaching it is worth to the client in dollars: ROI weighs it against the investment.';
  if (form.note.length > 2_000) errors.note = 'Keep the note under 2,000 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      accountId,
      title,
      metric: form.metric,
      channel: form.channel,
      baseline: baseline!,
      target: target!,
      startDate: form.startDate,
      dueDate: form.dueDate,
      status: 'open',
      achievedAt: null,
      valueCents: valueCents!,
      note: form.note.trim(),
      direction: info.direction,
    },
  };
}
