import type { AccountData } from '../health';
import type { Goal } from '../model';
import { isClientOn, yearToDate } from '../scorecard/clients';

/**
 * POWER goal approvals (seed 002): "Discover and document (2) NEW POWER Goal per client per year"
 * and, for the year-end bonus, "EVERY client must have an approved power goal documented by the
 * CSM". A goal counts for a year when the client approved it in that year (its approval date);
 * a dropped goal never counts. Judged on the calendar year to the evaluation day (DESIGN §9).
 */
export const GOAL_APPROVAL_DEFINITION =
  'A client has an approved POWER goal this year when one of its goals (not dropped) was approved by the client ' +
  'between 1 January and today, as recorded on the goal: who approved it, when and how.';

export interface ClientGoalApprovals {
  accountId: string;
  name: string;
  /** Goals approved this year, oldest approval first. */
  approved: Goal[];
  /** Goals started this year that still wait for the client's approval. */
  awaitingApproval: Goal[];
  /** Goals started this year, approved or not: the "2 new a year" count. */
  newGoals: number;
}

export function isApprovedIn(goal: Goal, year: { start: string; end: string }): boolean {
  const on = goal.approval?.approvedOn;
  return goal.status !== 'dropped' && !!on && on >= year.start && on <= year.end;
}

/** Goals started in `year` and not dropped: the "2 new POWER goals per client per year" count. */
export function isNewIn(goal: Goal, year: { start: string; end: string }): boolean {
  return goal.status !== 'dropped' && goal.startDate >= year.start && goal.startDate <= year.end;
}

/** Every client on `day`, with its approved and waiting goals this year, by account name. */
export function goalApprovalsThisYear(accounts: readonly AccountData[], day: string): ClientGoalApprovals[] {
  const year = yearToDate(day);
  const startedThisYear = (g: Goal) => isNewIn(g, year);
  return accounts
    .filter((a) => isClientOn(a, day))
    .map((a) => ({
      accountId: a.account.id,
      name: a.account.name,
      approved: a.goals
        .filter((g) => isApprovedIn(g, year))
        .sort((x, y) => (x.approval?.approvedOn ?? '').localeCompare(y.approval?.approvedOn ?? '')),
      awaitingApproval: a.goals.filter((g) => startedThisYear(g) && !g.approval),
      newGoals: a.goals.filter(startedThisYear).length,
    }))
    .sort(byClientName);
}

/** The order clients are listed in (and the scorecard's approval rows): by account name. */
export function byClientName(x: { name: string }, y: { name: string }): number {
  return x.name.localeCompare(y.name, 'en');
}

/** The clients standing in the way of "every client has an approved POWER goal". */
export function clientsWithoutApprovedGoal(approvals: readonly ClientGoalApprovals[]): ClientGoalApprovals[] {
  return approvals.filter((c) => c.approved.length === 0);
}
