import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { containsDate, formatDay, type Period } from '../time';
import type { RevenueMovement } from './book-value';
import { yearToDate } from './clients';
import type { FigureRow, FigureRows } from './figure-accounts';
import { clubPart, combineClub, leadSourceDeals, type ClubPart, type PresidentsClub } from './presidents-club';
import { processCounts, combineSpiff, type ProcessCounts } from './processes';
import { churnPart, combineReducedChurn, type ChurnPart } from './reduced-churn';
import { retentionPart } from './retention';

export interface CompPlanEstimate {
  /** 2.5% of expansion closed in the period with the CSM as lead source (first-year value), deal by deal. */
  newBusinessCommissionCents: number;
  /** 5% of retained business: the contract value of renewals signed in the period, renewal by renewal. */
  retainedBusinessCommissionCents: number;
  /** Lead-source opportunities passed to Sales this year so far, against the 36 quota. */
  opportunitiesThisYear: number;
  opportunityBonusCents: number;
  /** 5% of revenue-loss headroom kept (allowance − lost), an estimate of "reduced churn". */
  reducedChurnBonusCents: number;
  /** The $50-per-4 spiff for processes documented in the period (`processSpiff`: full fours in the year). */
  processSpiffCents: number;
  /** Judged on the calendar year to the period's end (`yearToDate`), whatever period is shown. */
  presidentsClub: PresidentsClub;
  totalCents: number;
  /** The rows behind each comp figure (`CompDrillKey` says what they are). */
  accounts: FigureRows<CompDrillKey>;
}

/**
 * The comp figures with accounts behind them. Pay figures' rows carry base × rate = value and add up
 * to the figure: the commissions per deal or renewal; the reduced-churn bonus per account (its share
 * of the allowance less its lost revenue, `base`, and its share of the bonus); the allowance per
 * account (its share, by opening MRR); the spiff per account (processes documented, its share).
 * The Club's rows are the accounts that fail each tick (churned, ROI short) and its lead-source deals.
 */
export type CompDrillKey =
  | 'newBusinessCommissionCents'
  | 'retainedBusinessCommissionCents'
  | 'opportunitiesThisYear'
  | 'reducedChurnBonusCents'
  | 'revenueLostAllowanceCents'
  | 'processSpiffCents'
  | 'clubChurned'
  | 'clubRoiShort'
  | 'clubLeadSourceCents';

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
  churn: ChurnPart;
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
  const parts = accounts.map((a) => ({
    accountId: a.account.id,
    comp: compPart(a, period, day, retentionPart(a, period)),
  }));
  return combineCompPlan(parts, inputs, settings);
}

/** `movement` is the account's revenue movement in the period, as the retention figures read it. */
export function compPart(a: AccountData, period: Period, day: string, movement: RevenueMovement): CompPart {
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
    churn: churnPart(movement, period),
    club: clubPart(a, day),
  };
}

/** The comp plan, with the rows behind each figure, from each account's part, in the accounts' order. */
export function combineCompPlan(
  parts: readonly { accountId: string; comp: CompPart }[],
  inputs: CompInputs,
  settings: Settings,
): CompPlanEstimate {
  const c = settings.comp;
  const all = parts.map((p) => p.comp);
  const newBusiness = commissions(
    all.flatMap((p) => p.deals),
    c.newBusinessRate,
  );
  const retained = commissions(
    all.flatMap((p) => p.renewed),
    c.retainedBusinessRate,
  );
  const passed = parts.flatMap((p) =>
    p.comp.passedThisYear > 0 ? [{ accountId: p.accountId, value: p.comp.passedThisYear }] : [],
  );
  const oppsThisYear = sumOf(passed);
  const churn = combineReducedChurn(
    parts.map((p) => ({ accountId: p.accountId, churn: p.comp.churn })),
    inputs,
    c.reducedChurnRate,
  );
  const spiff = combineSpiff(
    parts.map((p) => ({ accountId: p.accountId, counts: p.comp.processes })),
    settings,
  );
  const pieces = {
    newBusinessCommissionCents: sumOf(newBusiness),
    retainedBusinessCommissionCents: sumOf(retained),
    opportunityBonusCents: oppsThisYear >= c.opportunityQuota ? c.opportunityBonusCents : 0,
    reducedChurnBonusCents: churn.bonusCents,
    processSpiffCents: spiff.cents,
  };
  const club = combineClub(
    all.map((p) => p.club),
    settings,
  );
  return {
    ...pieces,
    opportunitiesThisYear: oppsThisYear,
    presidentsClub: club,
    totalCents: Object.values(pieces).reduce((a, b) => a + b, 0),
    accounts: {
      newBusinessCommissionCents: newBusiness,
      retainedBusinessCommissionCents: retained,
      opportunitiesThisYear: passed,
      reducedChurnBonusCents: churn.bonusRows,
      revenueLostAllowanceCents: churn.allowanceRows,
      processSpiffCents: spiff.rows,
      ...clubRows(club),
    },
  };
}

const sumOf = (rows: readonly FigureRow[]) => rows.reduce((t, r) => t + (r.value ?? 0), 0);

/** Rows with a base become rate × base, rounded per row (a deal's commission), so the figure is their sum. */
function commissions(bases: readonly FigureRow[], rate: number): FigureRow[] {
  return bases.map((r) => ({ ...r, base: r.value ?? 0, rate, value: Math.round((r.value ?? 0) * rate) }));
}

/** The accounts that fail each President's Club tick, and the deals toward its lead-source target. */
function clubRows(club: PresidentsClub): FigureRows<CompDrillKey> {
  return {
    clubChurned: club.churned.map((a) => ({ accountId: a.accountId, value: null, label: formatDay(a.churnedAt) })),
    clubRoiShort: club.roiShort.map((a) => ({ accountId: a.accountId, value: a.ratio })),
    clubLeadSourceCents: club.leadSourceDeals,
  };
}
