import type { Account, AccountSignalKind, Contract, Opportunity, Task } from '../model';
import { addDays, daysBetween } from '../time';

/** A signal counts while it is recent: CSMs remove it when resolved, and old ones fade out. */
export function activeSignal(account: Account, kind: AccountSignalKind, today: string, lookbackDays: number) {
  const from = addDays(today, -lookbackDays);
  return (
    account.signals
      .filter((s) => s.kind === kind && s.date >= from && s.date <= today)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0] ?? null
  );
}

/** The contract up for renewal next: active, renewal date today or later, the soonest. */
export function nextRenewal(contracts: readonly Contract[], today: string): Contract | null {
  return (
    contracts
      .filter((c) => c.status === 'active' && c.renewalDate >= today)
      .sort((a, b) => (a.renewalDate < b.renewalDate ? -1 : 1))[0] ?? null
  );
}

/**
 * A renewal "has a plan" once the work of SOP §5.1 has started: a renewal opportunity past
 * `identified` (qualified, proposed or won) opened in the planning window (renewal date −
 * window − 30 days onward), or a finished task about the renewal. An open "start the renewal
 * plan" reminder, or a renewal the pipeline merely lists, is not a plan yet.
 */
export function hasRenewalPlan(
  renewal: Contract,
  opportunities: readonly Opportunity[],
  tasks: readonly Task[],
  windowDays: number,
): boolean {
  const since = addDays(renewal.renewalDate, -(windowDays + 30));
  const opp = opportunities.some((o) => o.kind === 'renewal' && PLANNED_STAGES.has(o.stage) && o.createdAt >= since);
  const task = tasks.some((t) => t.status === 'done' && /renewal/i.test(t.title) && (t.completedAt ?? '') >= since);
  return opp || task;
}

const PLANNED_STAGES = new Set<Opportunity['stage']>(['qualified', 'proposed', 'won']);

/** planned: the renewal work started; no_plan: inside the planning window without one; not_yet: before it. */
export type RenewalPlanState = 'planned' | 'no_plan' | 'not_yet';

/** Where a renewal's plan stands on `today`, by `hasRenewalPlan` and the planning window. */
export function renewalPlanState(
  renewal: Contract,
  opportunities: readonly Opportunity[],
  tasks: readonly Task[],
  today: string,
  windowDays: number,
): RenewalPlanState {
  if (hasRenewalPlan(renewal, opportunities, tasks, windowDays)) return 'planned';
  return daysBetween(today, renewal.renewalDate) <= windowDays ? 'no_plan' : 'not_yet';
}
