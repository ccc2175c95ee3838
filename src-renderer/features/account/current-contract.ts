import type { Contract } from '../../../src-core/model';

/**
 * The contract the account runs on today: the active one whose term covers today, else the
 * active one renewing soonest, else the most recent of any status.
 */
export function currentContract(contracts: readonly Contract[], today: string): Contract | null {
  const live = contracts.filter((c) => !c.deleted);
  const active = live.filter((c) => c.status === 'active');
  const covering = active.filter((c) => c.startDate <= today && c.renewalDate >= today);
  const pool = covering.length > 0 ? covering : active;
  if (pool.length > 0) return [...pool].sort((a, b) => a.renewalDate.localeCompare(b.renewalDate))[0]!;
  return [...live].sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
}
