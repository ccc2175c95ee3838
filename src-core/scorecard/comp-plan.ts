import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { containsDate, type Period } from '../time';
import { yearToDate } from './clients';
import { perAccount, type FigureRows } from './figure-accounts';
import { leadSourceDeals, presidentsClub, type PresidentsClub } from './presidents-club';
import { processSpiffCents } from './processes';

export interface CompPlanEstimate {
  /** 2.5% of expansion closed in the period with the CSM as lead source (first-year value). */
  newBusinessCommissionCents: number;
  /** 5% of retained business: the contract value of renewals signed in the period. */
  retainedBusinessCommissionCents: number;
  /** Lead-source opportunities passed to Sales this year so far, against the 36 quota. */
  opportunitiesThisYear: number;
  opportunityBonusCents: number;
  /** 5% of revenue-loss headroom kept (allowance − lost), an estimate of "reduced churn". */
  reducedChurnBonusCents: number;
  /** The $50-per-4 spiff for processes documented in the period (`processSpiffCents`: full fours in the year). */
  processSpiffCents: number;
  /** Judged on the calendar year to the period's end (`yearToDate`), whatever period is shown. */
  presidentsClub: PresidentsClub;
  totalCents: number;
  /** The deals, renewals and opportunities behind the commissions and the bonus count. */
  accounts: FigureRows<CompDrillKey>;
}

/** The comp figures with accounts behind them (the commission base for the two commissions). */
export type CompDrillKey = 'newBusinessCommissionCents' | 'retainedBusinessCommissionCents' | 'opportunitiesThisYear';

export interface CompInputs {
  revenueLostCents: number;
  revenueLostAllowanceCents: number;
}

/** An estimate of the comp plan of the job description (DESIGN §2) from the scorecard's own numbers. */
export function compPlanEstimate(
  accounts: readonly AccountData[],
  period: Period,
  day: string,
  inputs: CompInputs,
  settings: Settings,
): CompPlanEstimate {
  const c = settings.comp;
  const year = yearToDate(day);
  const yearStart = year.start;
  const opps = accounts.flatMap((a) => a.opportunities).filter((o) => o.csmIsLeadSource && o.kind !== 'renewal');
  const deals = leadSourceDeals(accounts, period.start, period.end);
  const newBusiness = deals.reduce((t, d) => t + (d.value ?? 0), 0);
  // A renewal is a contract that starts on the renewal date of a `renewed` one of the same account.
  const renewed = accounts.flatMap((a) => {
    const handovers = new Set(a.contracts.filter((k) => k.status === 'renewed').map((k) => k.renewalDate));
    return a.contracts.filter(
      (k) => k.status !== 'cancelled' && containsDate(period, k.startDate) && handovers.has(k.startDate),
    );
  });
  const retainedValue = renewed.reduce((t, k) => t + k.monthlyValueCents * k.termMonths, 0);
  const passed = opps.filter(
    (o) => o.passedToSalesAt !== null && o.passedToSalesAt >= yearStart && o.passedToSalesAt <= day,
  );
  const oppsThisYear = passed.length;
  const pieces = {
    newBusinessCommissionCents: Math.round(newBusiness * c.newBusinessRate),
    retainedBusinessCommissionCents: Math.round(retainedValue * c.retainedBusinessRate),
    opportunityBonusCents: oppsThisYear >= c.opportunityQuota ? c.opportunityBonusCents : 0,
    reducedChurnBonusCents: Math.round(
      Math.max(0, inputs.revenueLostAllowanceCents - inputs.revenueLostCents) * c.reducedChurnRate,
    ),
    processSpiffCents: processSpiffCents(accounts, period, day, settings),
  };
  return {
    ...pieces,
    opportunitiesThisYear: oppsThisYear,
    presidentsClub: presidentsClub(accounts, day, settings),
    totalCents: Object.values(pieces).reduce((a, b) => a + b, 0),
    accounts: {
      newBusinessCommissionCents: deals,
      retainedBusinessCommissionCents: renewed.map((k) => ({
        accountId: k.accountId,
        value: k.monthlyValueCents * k.termMonths,
      })),
      opportunitiesThisYear: perAccount(passed.map((o) => ({ accountId: o.accountId, value: 1 }))),
    },
  };
}
