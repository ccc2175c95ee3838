import type { Account, AccountSignalKind, Contract, Opportunity, Task } from '../model';
import { addDays, daysBetween } from '../time';

/** A signal counts while it is recent: CSMs remove it when resolved, and old ones fade out. */
export function activeSignal(account: Account, kind: AccountSignalKind, today: string, lookbackDays: number) {
  const from = addDays(today, -lookbackDays);
  return account.signals
    .filter((s) => s.kind === kind && s.date >= from && s.date <= today)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0] ?? null;
}

/** The contract up for renewal next: active, renewal date today or later, the soonest. */
export function nextRenewal(contracts: readonly Contract[], today: string): Contract | null {
  return contracts
    .filter((c) => c.status === 'active' && c.renewalDate >= today)
    .sort((a, b) => (a.renewalDate < b.renewalDate ? -1 : 1))[0] ?? null;
}

/**
 * A renewal "has a plan" when the CS selling pipeline holds a live renewal opportunity opened in
 * the planning window (renewal date − window − 30 days onward), or a live task mentions the
 * renewal (e.g. "Prepare renewal proposal", SOP §5.1).
 */
export function hasRenewalPlan(renewal: Contract, opportunities: readonly Opportunity[], tasks: readonly Task[], windowDays: number): boolean {
  const since = addDays(renewal.renewalDate, -(windowDays + 30));
  const opp = opportunities.some((o) => o.kind === 'renewal' && o.stage !== 'lost' && o.createdAt >= since);
  const task = tasks.some((t) => t.status !== 'cancelled' && /renewal/i.test(t.title));
  return opp || task;
}

export function daysUntil(today: string, date: string): number {
  return daysBetween(today, date);
}
