import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { containsDate, formatDay, type Period } from '../time';
import { revenueMovement } from './book-value';
import { yearToDate } from './clients';
import { apportion, perAccount, type FigureRow, type FigureRows } from './figure-accounts';
import { leadSourceDeals, presidentsClub, type PresidentsClub } from './presidents-club';
import { processSpiff } from './processes';
import { monthsIn } from './retention';

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

/** An estimate of the comp plan of the job description (DESIGN §2) from the scorecard's own numbers. */
export function compPlanEstimate(
  accounts: readonly AccountData[],
  period: Period,
  day: string,
  inputs: CompInputs,
  settings: Settings,
): CompPlanEstimate {
  const c = settings.comp;
  const yearStart = yearToDate(day).start;
  const opps = accounts.flatMap((a) => a.opportunities).filter((o) => o.csmIsLeadSource && o.kind !== 'renewal');
  const newBusiness = commissions(leadSourceDeals(accounts, period.start, period.end), c.newBusinessRate);
  const retained = commissions(renewalsSigned(accounts, period), c.retainedBusinessRate);
  const passed = opps.filter(
    (o) => o.passedToSalesAt !== null && o.passedToSalesAt >= yearStart && o.passedToSalesAt <= day,
  );
  const churn = reducedChurn(accounts, period, inputs, c.reducedChurnRate);
  const spiff = processSpiff(accounts, period, day, settings);
  const pieces = {
    newBusinessCommissionCents: sumOf(newBusiness),
    retainedBusinessCommissionCents: sumOf(retained),
    opportunityBonusCents: passed.length >= c.opportunityQuota ? c.opportunityBonusCents : 0,
    reducedChurnBonusCents: churn.bonusCents,
    processSpiffCents: spiff.cents,
  };
  const club = presidentsClub(accounts, day, settings);
  return {
    ...pieces,
    opportunitiesThisYear: passed.length,
    presidentsClub: club,
    totalCents: Object.values(pieces).reduce((a, b) => a + b, 0),
    accounts: {
      newBusinessCommissionCents: newBusiness,
      retainedBusinessCommissionCents: retained,
      opportunitiesThisYear: perAccount(passed.map((o) => ({ accountId: o.accountId, value: 1 }))),
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

/** A renewal is a contract that starts on the renewal date of a `renewed` one of the same account; its base is its value. */
function renewalsSigned(accounts: readonly AccountData[], period: Period): FigureRow[] {
  return accounts.flatMap((a) => {
    const handovers = new Set(a.contracts.filter((k) => k.status === 'renewed').map((k) => k.renewalDate));
    return a.contracts
      .filter((k) => k.status !== 'cancelled' && containsDate(period, k.startDate) && handovers.has(k.startDate))
      .map((k) => ({ accountId: k.accountId, value: k.monthlyValueCents * k.termMonths }));
  });
}

/**
 * The reduced-churn bonus: rate × (allowance − revenue lost), never below zero. Per account: its
 * share of the allowance (by opening MRR, `apportion`), less its lost MRR × months, is its `base`;
 * the bonus is shared in proportion to those, so an account that lost revenue shows a negative part.
 */
function reducedChurn(accounts: readonly AccountData[], period: Period, inputs: CompInputs, rate: number) {
  const months = monthsIn(period);
  const moved = accounts.map((a) => {
    const m = revenueMovement(a.account, a.contracts, period.start, period.end);
    return { accountId: a.account.id, opening: m.startMrrCents, lost: (m.contractionCents + m.churnCents) * months };
  });
  const allowances = apportion(
    inputs.revenueLostAllowanceCents,
    moved.map((m) => m.opening),
  );
  const bonusCents = Math.round(Math.max(0, inputs.revenueLostAllowanceCents - inputs.revenueLostCents) * rate);
  const behind = moved.map((m, i) => ({ ...m, allowance: allowances[i]! })).filter((m) => m.opening > 0 || m.lost > 0);
  const shares = apportion(
    bonusCents,
    behind.map((m) => m.allowance - m.lost),
  );
  return {
    bonusCents,
    bonusRows: behind.map(
      (m, i): FigureRow => ({ accountId: m.accountId, base: m.allowance - m.lost, value: shares[i]! }),
    ),
    allowanceRows: behind
      .filter((m) => m.opening > 0)
      .map((m): FigureRow => ({ accountId: m.accountId, base: m.opening, value: m.allowance })),
  };
}

/** The accounts that fail each President's Club tick, and the deals toward its lead-source target. */
function clubRows(club: PresidentsClub): FigureRows<CompDrillKey> {
  return {
    clubChurned: club.churned.map((a) => ({ accountId: a.accountId, value: null, label: formatDay(a.churnedAt) })),
    clubRoiShort: club.roiShort.map((a) => ({ accountId: a.accountId, value: a.ratio })),
    clubLeadSourceCents: club.leadSourceDeals,
  };
}
