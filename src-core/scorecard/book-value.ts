import type { Account, Contract } from '../model';

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

/** Monthly recurring revenue from one account on a day: its contracts running that day. */
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

export interface RevenueMovement {
  startMrrCents: number;
  endMrrCents: number;
  expansionCents: number;
  contractionCents: number;
  churnCents: number;
  newCents: number;
}

/**
 * How one account's MRR moved from the first to the last day of a period:
 * - churn: it paid at the start and pays nothing at the end (the whole starting MRR);
 * - contraction: it pays less (the difference); expansion: it pays more (the difference);
 * - new: it paid nothing at the start (new business; kept out of retention rates).
 */
export function revenueMovement(
  account: Account,
  contracts: readonly Contract[],
  start: string,
  end: string,
): RevenueMovement {
  const s = accountMrrOn(account, contracts, start);
  const e = accountMrrOn(account, contracts, end);
  const m: RevenueMovement = {
    startMrrCents: s,
    endMrrCents: e,
    expansionCents: 0,
    contractionCents: 0,
    churnCents: 0,
    newCents: 0,
  };
  if (s === 0) m.newCents = e;
  else if (e === 0) m.churnCents = s;
  else if (e > s) m.expansionCents = e - s;
  else m.contractionCents = s - e;
  return m;
}
