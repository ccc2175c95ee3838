import type { Channel, Goal, MetricKey } from '../model';
import { addMonths } from '../time';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import type { People } from './cadence-activities';
import { scopedRow, type DemoContext } from './context';
import { PROMISED_LEAD_GAIN } from './hvac-story';
import type { KpiStream } from './kpi-timeline';

interface GoalMetric {
  metric: MetricKey;
  channel: Channel;
  label: string;
  /** What one unit more (or less, for cost) is worth to the client per week, in cents. */
  weeklyValuePerUnit: (plan: AccountPlan) => number;
  lowerIsBetter?: boolean;
}

const jobCents = (p: AccountPlan) => p.industry.closeRate * p.industry.jobValueCents;

const GOAL_METRICS: readonly GoalMetric[] = [
  { metric: 'leads', channel: 'all', label: 'leads a week', weeklyValuePerUnit: jobCents },
  {
    metric: 'booked_jobs',
    channel: 'all',
    label: 'booked jobs a week',
    weeklyValuePerUnit: (p) => p.industry.jobValueCents,
  },
  {
    metric: 'organic_traffic',
    channel: 'organic',
    label: 'organic visits a week',
    weeklyValuePerUnit: (p) => 0.018 * jobCents(p),
  },
  {
    metric: 'top10_rankings',
    channel: 'organic',
    label: 'keywords in the top 10',
    weeklyValuePerUnit: (p) => 0.4 * jobCents(p),
  },
  {
    metric: 'cost_per_lead',
    channel: 'paid',
    label: 'cost per lead',
    weeklyValuePerUnit: () => 10,
    lowerIsBetter: true,
  },
  { metric: 'revenue_attributed', channel: 'all', label: 'attributed revenue a week', weeklyValuePerUnit: () => 1 },
];

const GOAL_WEEKS = 26;

/** Average of the four weekly values ending at index `end` (exclusive); null when none. */
function averageBefore(stream: KpiStream, end: number): number | null {
  let total = 0;
  let count = 0;
  for (let i = Math.max(0, end - 4); i < end; i++) {
    const v = stream.values[i];
    if (v === null || v === undefined) continue;
    total += v;
    count++;
  }
  return count === 0 ? null : total / count;
}

/** Average of the four weekly values up to `date` (or the first four, when the history starts later). */
function fourWeekAverage(stream: KpiStream, date: string): number | null {
  let end = stream.dates.findIndex((d) => d > date);
  if (end === -1) end = stream.dates.length;
  if (end === 0) end = Math.min(4, stream.dates.length);
  return averageBefore(stream, end);
}

const isMoney = (metric: MetricKey) =>
  metric === 'cost_per_lead' || metric === 'revenue_attributed' || metric === 'ad_spend';

function roundFor(metric: MetricKey, n: number): number {
  if (isMoney(metric)) return Math.round(n / 100) * 100;
  if (metric === 'organic_traffic') return Math.round(n / 10) * 10;
  return Math.round(n);
}

function stepFor(metric: MetricKey): number {
  if (isMoney(metric)) return 100;
  return metric === 'organic_traffic' ? 10 : 1;
}

function show(metric: MetricKey, n: number): string {
  return isMoney(metric) ? `$${Math.round(n / 100).toLocaleString('en-US')}` : n.toLocaleString('en-US');
}

/** Two POWER goals a year: set at kickoff and every six months after, measured on the account's own series. */
export function goalRows(ctx: DemoContext, plan: AccountPlan, people: People, streams: readonly KpiStream[]): Goal[] {
  const rows: Goal[] = [];
  const available = GOAL_METRICS.filter((g) =>
    streams.some((s) => s.metric === g.metric && s.channel === g.channel && s.dates.length > 0),
  );
  const end = plan.churnedAt ?? ctx.asOf;
  for (
    let k = 0, start = addDays(plan.startedAt, 7);
    start <= end;
    k++, start = addMonths(addDays(plan.startedAt, 7), 6 * k)
  ) {
    if (start < ctx.historyStart) continue;
    // The HVAC story's SEO contract was sold on leads: that is the goal it is measured against.
    const storyGoal = plan.role === 'story' && start >= (plan.terms[1]?.start ?? start);
    const choice = storyGoal ? GOAL_METRICS[0] : available[(k + plan.index) % Math.max(1, available.length)];
    const stream = choice && streams.find((s) => s.metric === choice.metric && s.channel === choice.channel);
    if (!choice || !stream) continue;
    const goal = oneGoal(ctx, plan, people, choice, stream, start);
    if (goal) rows.push(goal);
  }
  return rows;
}

function oneGoal(
  ctx: DemoContext,
  plan: AccountPlan,
  people: People,
  choice: GoalMetric,
  stream: KpiStream,
  start: string,
): Goal | null {
  const base = fourWeekAverage(stream, start);
  if (base === null || base <= 0) return null;
  const promised = plan.role === 'story' && choice.metric === 'leads' && start >= (plan.terms[1]?.start ?? start);
  const stretch = promised ? PROMISED_LEAD_GAIN : plan.rng.float(0.15, 0.35);
  const baseline = roundFor(choice.metric, base);
  const rounded = roundFor(choice.metric, choice.lowerIsBetter ? base * (1 - stretch / 2) : base * (1 + stretch));
  // Small numbers still need a goal that asks for something: at least one step past the baseline.
  const step = stepFor(choice.metric);
  const target = choice.lowerIsBetter ? Math.min(rounded, baseline - step) : Math.max(rounded, baseline + step);
  const dueDate = addMonths(start, 6);
  const end = plan.churnedAt ?? ctx.asOf;
  const met = (v: number) => (choice.lowerIsBetter ? v <= target : v >= target);
  let achievedAt: string | null = null;
  for (const [i, week] of stream.dates.entries()) {
    if (week <= start || week > dueDate || addDays(week, 6) > end) continue;
    const avg = averageBefore(stream, i + 1);
    if (avg !== null && met(avg)) {
      achievedAt = addDays(week, 6) > ctx.asOf ? ctx.asOf : addDays(week, 6);
      break;
    }
  }
  const over = dueDate <= end;
  const status: Goal['status'] = achievedAt
    ? 'achieved'
    : plan.churnedAt && !over
      ? 'dropped'
      : over
        ? 'missed'
        : 'open';
  const gain = Math.abs(target - baseline) * choice.weeklyValuePerUnit(plan) * GOAL_WEEKS;
  const verb = choice.lowerIsBetter ? 'Lower' : 'Grow';
  return {
    ...scopedRow(ctx, plan.id, achievedAt ?? (over ? dueDate : start)),
    title: `${verb} ${choice.label} from ${show(choice.metric, baseline)} to ${show(choice.metric, target)}`,
    metric: choice.metric,
    channel: choice.channel,
    baseline,
    target,
    startDate: start,
    dueDate,
    status,
    achievedAt,
    valueCents: Math.max(10_000, Math.round(gain / 10_000) * 10_000),
    note: `Agreed with ${people.owner.name}; reviewed at every QBR.`,
  };
}
