import type { StoredWarning } from './warnings-store';
import { sortForInbox } from './warnings-view';

export interface AccountMoney {
  monthlyValueCents: number;
  /** Days to the next renewal, or null without an active contract. */
  renewalInDays: number | null;
}

export interface WarningGroup {
  accountId: string;
  warnings: StoredWarning[];
  monthlyValueCents: number;
  renewalInDays: number | null;
}

/**
 * Warnings grouped by account, the account with the most monthly value at risk first, then the
 * one renewing soonest: triage is "which client could we lose, and how much is it worth".
 * Inside a group, the inbox order (losing the client first, then newest).
 */
export function groupByAccount(
  warnings: readonly StoredWarning[],
  money: ReadonlyMap<string, AccountMoney>,
): WarningGroup[] {
  const groups = new Map<string, StoredWarning[]>();
  for (const w of warnings) groups.set(w.accountId, [...(groups.get(w.accountId) ?? []), w]);
  const soon = (d: number | null) => (d === null || d < 0 ? Number.MAX_SAFE_INTEGER : d);
  return [...groups.entries()]
    .map(([accountId, list]) => ({
      accountId,
      warnings: sortForInbox(list),
      monthlyValueCents: money.get(accountId)?.monthlyValueCents ?? 0,
      renewalInDays: money.get(accountId)?.renewalInDays ?? null,
    }))
    .sort(
      (a, b) =>
        b.monthlyValueCents - a.monthlyValueCents ||
        soon(a.renewalInDays) - soon(b.renewalInDays) ||
        a.accountId.localeCompare(b.accountId),
    );
}

/** The monthly value behind a set of groups: "$48,200 a month at risk". */
export function valueAtRisk(groups: readonly WarningGroup[]): number {
  return groups.reduce((sum, g) => sum + g.monthlyValueCents, 0);
}
