import { triagePriority, worstSeverity, type WarningSeverity } from '../../../src-core/warnings';
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
  /** The worst of its warnings, shown on the group and weighing its rank. */
  severity: WarningSeverity;
  /** `triagePriority`: value at risk weighted by severity and how soon it renews. */
  priority: number;
}

/**
 * Warnings grouped by account, ranked by `triagePriority` — the monthly value at risk weighted by
 * the worst warning's severity and by how soon the account renews inside the renewal window —
 * so triage reads "which client could we lose, how soon, and how much is it worth". Inside a
 * group, the inbox order (losing the client first, then newest).
 */
export function groupByAccount(
  warnings: readonly StoredWarning[],
  money: ReadonlyMap<string, AccountMoney>,
  windowDays: number,
): WarningGroup[] {
  const groups = new Map<string, StoredWarning[]>();
  for (const w of warnings) groups.set(w.accountId, [...(groups.get(w.accountId) ?? []), w]);
  return [...groups.entries()]
    .map(([accountId, list]) => {
      const monthlyValueCents = money.get(accountId)?.monthlyValueCents ?? 0;
      const renewalInDays = money.get(accountId)?.renewalInDays ?? null;
      const kinds = list.map((w) => w.kind);
      return {
        accountId,
        warnings: sortForInbox(list),
        monthlyValueCents,
        renewalInDays,
        severity: worstSeverity(kinds),
        priority: triagePriority({ monthlyValueCents, renewalInDays, kinds }, windowDays),
      };
    })
    .sort((a, b) => b.priority - a.priority || a.accountId.localeCompare(b.accountId));
}

/** The monthly value behind a set of groups: "$48,200 a month at risk". */
export function valueAtRisk(groups: readonly WarningGroup[]): number {
  return groups.reduce((sum, g) => sum + g.monthlyValueCents, 0);
}
