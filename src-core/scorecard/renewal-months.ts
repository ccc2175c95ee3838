import { renewalPlanState, type RenewalPlanState } from '../health/signals';
import type { BookTables, HealthBand } from '../model';
import { addMonths } from '../time';

export type RenewalBand = HealthBand | 'unscored';
export type { RenewalPlanState };

export interface RenewingContract {
  accountId: string;
  accountName: string;
  contractId: string;
  renewalDate: string;
  monthlyValueCents: number;
  band: RenewalBand;
  /** planned: the renewal work started; no_plan: inside the planning window without one; not_yet: before it. */
  plan: RenewalPlanState;
}

export interface RenewalMonth {
  /** `YYYY-MM`. */
  month: string;
  totalCents: number;
  byBand: Record<RenewalBand, number>;
  contracts: RenewingContract[];
}

export interface RenewalOutlook {
  months: RenewalMonth[];
  totalCents: number;
  /** MRR renewing on Yellow or Red accounts. */
  atRiskCents: number;
}

const BANDS: RenewalBand[] = ['green', 'yellow', 'red', 'unscored'];

/**
 * MRR up for renewal in each of the next `months` calendar months from `today` (this month
 * first), split by the account's health band, with every contract behind each figure and its
 * renewal-plan state by the one rule health uses (`hasRenewalPlan`, `windowDays` from settings).
 * A month's total is the sum of its contracts; the outlook's total is the sum of its months.
 */
export function renewalOutlook(
  book: Pick<BookTables, 'accounts' | 'contracts' | 'opportunities' | 'tasks'>,
  bands: ReadonlyMap<string, HealthBand>,
  today: string,
  windowDays: number,
  months = 12,
): RenewalOutlook {
  const firstMonth = today.slice(0, 7);
  const end = addMonths(`${firstMonth}-01`, months);
  const accounts = new Map(
    book.accounts.filter((a) => !a.deleted && a.stage !== 'churned' && a.churnedAt === null).map((a) => [a.id, a]),
  );
  const live = <T extends { deleted: boolean; accountId: string }>(rows: readonly T[], id: string) =>
    rows.filter((r) => !r.deleted && r.accountId === id);
  const renewing: RenewingContract[] = book.contracts
    .filter((c) => !c.deleted && c.status === 'active' && c.renewalDate >= today && c.renewalDate < end)
    .filter((c) => accounts.has(c.accountId))
    .map((c): RenewingContract => {
      const plan = renewalPlanState(
        c,
        live(book.opportunities, c.accountId),
        live(book.tasks, c.accountId),
        today,
        windowDays,
      );
      return {
        accountId: c.accountId,
        accountName: accounts.get(c.accountId)?.name ?? '',
        contractId: c.id,
        renewalDate: c.renewalDate,
        monthlyValueCents: c.monthlyValueCents,
        band: bands.get(c.accountId) ?? 'unscored',
        plan,
      };
    })
    .sort((a, b) => a.renewalDate.localeCompare(b.renewalDate) || a.accountName.localeCompare(b.accountName));
  const list = Array.from({ length: months }, (_, i) =>
    monthOf(addMonths(`${firstMonth}-01`, i).slice(0, 7), renewing),
  );
  const totalCents = list.reduce((s, m) => s + m.totalCents, 0);
  const atRiskCents = list.reduce((s, m) => s + m.byBand.yellow + m.byBand.red, 0);
  return { months: list, totalCents, atRiskCents };
}

function monthOf(month: string, renewing: readonly RenewingContract[]): RenewalMonth {
  const contracts = renewing.filter((c) => c.renewalDate.startsWith(month));
  const byBand = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<RenewalBand, number>;
  for (const c of contracts) byBand[c.band] += c.monthlyValueCents;
  return { month, totalCents: contracts.reduce((s, c) => s + c.monthlyValueCents, 0), byBand, contracts };
}
