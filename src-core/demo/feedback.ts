import type { Feedback } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { nthWorkday } from './cadence-activities';
import type { People } from './cadence-activities';
import { scopedRow, WEEKDAYS_ONLY, type DemoContext } from './context';
import { monthRange } from './month-keys';

const PROMOTER_COMMENTS = [
  'Phones are busier than last year. Keep it up.',
  'Love the monthly report — short and clear.',
  'Our CSM always answers fast. Feels like part of the team.',
  'Best agency we have worked with.',
];
const PASSIVE_COMMENTS = [
  'Good overall; would like more detail on which keywords bring jobs.',
  'Solid, but the slow season hurt.',
  '',
];
const DETRACTOR_COMMENTS = [
  'We are paying more and not seeing more calls.',
  "Reports look nice but the phone isn't ringing more.",
  'Hard to see what we get for the money lately.',
];

/** NPS by how the account is doing; declining accounts turn into detractors in their last months. */
function npsFor(ctx: DemoContext, plan: AccountPlan, date: string): number {
  const { rng } = plan;
  const end = plan.churnedAt ?? ctx.asOf;
  if (plan.role === 'story') return date >= addDays(ctx.asOf, -100) ? 6 : rng.pick([7, 8, 8]);
  if (plan.trajectory === 'declining' && date >= addDays(end, -150))
    return rng.weighted([7, 6, 5, 4, 3], [10, 25, 30, 20, 15]);
  switch (plan.trajectory) {
    case 'thriving':
      return rng.weighted([10, 9, 8], [50, 40, 10]);
    case 'steady':
      return rng.weighted([10, 9, 8, 7], [25, 40, 25, 10]);
    default:
      return rng.weighted([9, 8, 7, 6], [20, 35, 30, 15]);
  }
}

function csatFor(plan: AccountPlan, nps: number): number {
  if (nps >= 9) return 5;
  if (nps >= 7) return plan.rng.chance(0.2) ? 5 : 4;
  if (nps >= 5) return 3;
  return 2;
}

function commentFor(plan: AccountPlan, nps: number): string {
  if (nps >= 9) return plan.rng.pick(PROMOTER_COMMENTS);
  if (nps >= 7) return plan.rng.pick(PASSIVE_COMMENTS);
  return plan.rng.pick(DETRACTOR_COMMENTS);
}

/** The quarterly survey (NPS and CSAT) and a CSAT after the first-results review of onboarding. */
export function feedbackRows(ctx: DemoContext, plan: AccountPlan, people: People): Feedback[] {
  const rows: Feedback[] = [];
  const from = plan.startedAt > ctx.historyStart ? plan.startedAt : ctx.historyStart;
  const end = plan.churnedAt ?? ctx.asOf;
  for (const month of monthRange(from, end)) {
    if (Number(month.slice(5, 7)) % 3 !== 0) continue;
    const date = nthWorkday(`${month}-01`, 12 + (plan.index % 5), WEEKDAYS_ONLY);
    if (date > end || date >= ctx.asOf || date < addDays(plan.startedAt, 45)) continue;
    const nps = npsFor(ctx, plan, date);
    rows.push({
      ...scopedRow(ctx, plan.id, date),
      date,
      nps,
      csat: csatFor(plan, nps),
      comment: commentFor(plan, nps),
      contactId: people.owner.id,
      trigger: 'quarterly',
    });
  }
  const firstResults = addDays(plan.startedAt, 29);
  if (plan.startedAt >= ctx.historyStart && firstResults < ctx.asOf && firstResults <= end) {
    rows.push({
      ...scopedRow(ctx, plan.id, firstResults),
      date: firstResults,
      nps: null,
      csat: plan.trajectory === 'declining' ? 4 : 5,
      comment: 'Onboarding was quick and organised.',
      contactId: people.primary.id,
      trigger: 'deliverable',
    });
  }
  return rows;
}
