import type { Account, Contract } from '../model';
import { addDays } from '../time';

/**
 * When a contract stops paying. An active contract keeps paying until the client churns (a
 * renewal date passing without paperwork does not stop the service); a renewed one hands over
 * to its successor on its renewal date; a cancelled one stops when the client churned (or at
 * its renewal date when no churn date was recorded); an expired one at its renewal date.
 */
export function contractEnd(contract: Contract, account: Account): string | null {
  switch (contract.status) {
    case 'active':
      return account.churnedAt;
    case 'cancelled':
      return account.churnedAt ?? contract.renewalDate;
    default:
      return contract.renewalDate;
  }
}

/** Monthly recurring revenue from one account at the close of a day: its contracts running after that day's changes. */
export function accountMrrOn(account: Account, contracts: readonly Contract[], day: string): number {
  let total = 0;
  for (const c of contracts) {
    if (c.deleted || c.startDate > day) continue;
    const end = contractEnd(c, account);
    if (end !== null && end <= day) continue;
    total += c.monthlyValueCents;
  }
  return total;
}

/**
 * The opening book of a period: MRR at the close of the day before it. A downgrade or add-on
 * dated the 1st is therefore a movement of the month it is dated in, never of no month.
 */
export function openingMrr(account: Account, contracts: readonly Contract[], periodStart: string): number {
  return accountMrrOn(account, contracts, addDays(periodStart, -1));
}

export interface RevenueMovement {
  /** The opening book: MRR at the close of the day before the period. */
  startMrrCents: number;
  /** MRR at the close of the period's last day. */
  endMrrCents: number;
  expansionCents: number;
  contractionCents: number;
  churnCents: number;
  newCents: number;
}

/** The days one account's MRR can change: each contract's start, and the day it stops paying. */
function changeDays(account: Account, contracts: readonly Contract[], start: string, end: string): string[] {
  const days = new Set<string>();
  for (const c of contracts) {
    if (c.deleted) continue;
    const stop = contractEnd(c, account);
    for (const d of [c.startDate, stop]) if (d !== null && d >= start && d <= end) days.add(d);
  }
  return [...days].sort();
}

/**
 * How one account's MRR moved over a period, change by change (each day a contract starts or
 * stops), so a quarter's movements are exactly the sum of its months':
 * - new: it paid nothing and now pays (new business; kept out of retention rates' base);
 * - churn: it paid and now pays nothing (the whole MRR it had);
 * - expansion / contraction: it pays more / less (the difference).
 * opening + new + expansion − contraction − churn = closing, always.
 */
export function revenueMovement(
  account: Account,
  contracts: readonly Contract[],
  start: string,
  end: string,
): RevenueMovement {
  const opening = openingMrr(account, contracts, start);
  const m: RevenueMovement = {
    startMrrCents: opening,
    endMrrCents: opening,
    expansionCents: 0,
    contractionCents: 0,
    churnCents: 0,
    newCents: 0,
  };
  let before = opening;
  for (const day of changeDays(account, contracts, start, end)) {
    const after = accountMrrOn(account, contracts, day);
    if (before === 0) m.newCents += after;
    else if (after === 0) m.churnCents += before;
    else if (after > before) m.expansionCents += after - before;
    else m.contractionCents += before - after;
    before = after;
  }
  m.endMrrCents = before;
  return m;
}
