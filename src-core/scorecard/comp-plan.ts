import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { containsDate, type Period } from '../time';
import { yearToDate } from './clients';
import type { FigureRow, FigureRows } from './figure-accounts';
import { clubPart, combineClub, leadSourceDeals, type ClubPart, type PresidentsClub } from './presidents-club';
import { processCounts, spiffCents, type ProcessCounts } from './processes';

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

/** One account's part of the comp plan for a period (`compPart`). */
export interface CompPart {
  /** Lead-source deals closed in the period, first-year value. */
  deals: FigureRow[];
  /** Renewals signed in the period, contract value. */
  renewed: FigureRow[];
  /** Lead-source opportunities passed to Sales this year so far. */
  passedThisYear: number;
  processes: ProcessCounts;
  club: ClubPart;
}

/** An estimate of the comp plan of the job description (DESIGN §2) from the scorecard's own numbers. */
export function compPlanEstimate(
  accounts: readonly AccountData[],
  period: Period,
  day: string,
  inputs: CompInputs,
  settings: Settings,
): CompPlanEstimate {
  const parts = accounts.map((a) => ({ accountId: a.account.id, comp: compPart(a, period, day) }));
  return combineCompPlan(parts, inputs, settings);
}

export function compPart(a: AccountData, period: Period, day: string): CompPart {
  const yearStart = yearToDate(day).start;
  // A renewal is a contract that starts on the renewal date of a `renewed` one of the same account.
  const handovers = new Set(a.contracts.filter((k) => k.status === 'renewed').map((k) => k.renewalDate));
  const renewed = a.contracts.filter(
    (k) => k.status !== 'cancelled' && containsDate(period, k.startDate) && handovers.has(k.startDate),
  );
  const passed = a.opportunities.filter(
    (o) =>
      o.csmIsLeadSource &&
      o.kind !== 'renewal' &&
      o.passedToSalesAt !== null &&
      o.passedToSalesAt >= yearStart &&
      o.passedToSalesAt <= day,
  );
  return {
    deals: leadSourceDeals([a], period.start, period.end),
    renewed: renewed.map((k) => ({ accountId: k.accountId, value: k.monthlyValueCents * k.termMonths })),
    passedThisYear: passed.length,
    processes: processCounts(a, period, day),
    club: clubPart(a, day),
  };
}

/** The comp plan from each account's part, in the accounts' order. */
export function combineCompPlan(
  parts: readonly { accountId: string; comp: CompPart }[],
  inputs: CompInputs,
  settings: Settings,
): CompPlanEstimate {
  const c = settings.comp;
  const all = parts.map((p) => p.comp);
  const deals = all.flatMap((p) => p.deals);
  const renewed = all.flatMap((p) => p.renewed);
  const total = (rows: readonly FigureRow[]) => rows.reduce((t, d) => t + (d.value ?? 0), 0);
  const passed = parts.flatMap((p) =>
    p.comp.passedThisYear > 0 ? [{ accountId: p.accountId, value: p.comp.passedThisYear }] : [],
  );
  const oppsThisYear = total(passed);
  const processes = {
    before: all.reduce((t, p) => t + p.processes.before, 0),
    upTo: all.reduce((t, p) => t + p.processes.upTo, 0),
  };
  const pieces = {
    newBusinessCommissionCents: Math.round(total(deals) * c.newBusinessRate),
    retainedBusinessCommissionCents: Math.round(total(renewed) * c.retainedBusinessRate),
    opportunityBonusCents: oppsThisYear >= c.opportunityQuota ? c.opportunityBonusCents : 0,
    reducedChurnBonusCents: Math.round(
      Math.max(0, inputs.revenueLostAllowanceCents - inputs.revenueLostCents) * c.reducedChurnRate,
    ),
    processSpiffCents: spiffCents(processes, settings),
  };
  return {
    ...pieces,
    opportunitiesThisYear: oppsThisYear,
    presidentsClub: combineClub(
      all.map((p) => p.club),
      settings,
    ),
    totalCents: Object.values(pieces).reduce((a, b) => a + b, 0),
    accounts: {
      newBusinessCommissionCents: deals,
      retainedBusinessCommissionCents: renewed,
      opportunitiesThisYear: passed,
    },
  };
}
