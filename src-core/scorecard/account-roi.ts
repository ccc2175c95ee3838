import { goalStatus, roi, type Roi } from '../metrics';
import type { Account, Contract, Goal, Invoice, MetricSeries } from '../model';
import { addDays, addMonths } from '../time';
import { accountMrrOn } from './book-value';

/**
 * ROI, by seed 002's rule ("every year each client MUST show enough POWER goal attainment to
 * exceed the investment of the agreement"): the value of POWER goals attained in the agreement
 * year so far against what the agreement cost in that year so far. One function for the QBR's
 * ROI slide, the scorecard's "clients with ROI ≥ 100%" and the President's Club check.
 */
export const ROI_DEFINITION =
  "ROI = value of the POWER goals achieved in the agreement year so far ÷ what the agreement cost in that year so far. The agreement year runs from the anniversary of the client's start. A goal counts its full stated value once achieved (by the goals' one rule), nothing before. The cost is the invoices issued in the year, or the contract's monthly value for each month begun when the invoices fall short of it.";

export interface AgreementYear {
  start: string;
  /** The year's last day (12 months after its start, less a day). */
  end: string;
}

export interface RoiGoal {
  goal: Goal;
  achievedOn: string;
}

export interface AccountRoi extends Roi {
  year: AgreementYear;
  /** The day the ROI is measured on (inside the year). */
  asOf: string;
  /** Achieved goals counted, oldest first. */
  achieved: RoiGoal[];
  investmentFrom: 'invoices' | 'contract';
  invoicedCents: number;
  contractCents: number;
  /**
   * Whether there is anything to measure value by: some goal live in the year has a stated value.
   * Without one the ratio is null and nobody should read "ROI 0%".
   */
  hasBasis: boolean;
  /** ratio ≥ 1: the client got back at least what the agreement cost (ROI ≥ 100%). */
  validated: boolean;
}

interface RoiRows {
  account: Account;
  contracts: readonly Contract[];
  invoices: readonly Invoice[];
  goals: readonly Goal[];
  metrics: readonly MetricSeries[];
}

/** The agreement year that holds `day`: anniversaries of the client's start. */
export function agreementYear(startedAt: string, day: string): AgreementYear {
  let start = startedAt;
  if (day >= startedAt) {
    const years = Math.floor(monthsBetween(startedAt, day) / 12);
    start = addMonths(startedAt, 12 * years);
    if (start > day) start = addMonths(startedAt, 12 * (years - 1));
  }
  return { start, end: addDays(addMonths(start, 12), -1) };
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = [Number(a.slice(0, 4)), Number(a.slice(5, 7))];
  const [yb, mb] = [Number(b.slice(0, 4)), Number(b.slice(5, 7))];
  return (yb - ya) * 12 + (mb - ma);
}

/** What the agreement cost from the year's start through `day`: invoices, or the contract when they fall short. */
function investment(rows: RoiRows, year: AgreementYear, day: string) {
  const invoiced = rows.invoices
    .filter((i) => !i.deleted && i.issuedAt >= year.start && i.issuedAt <= day)
    .reduce((t, i) => t + i.amountCents, 0);
  let contract = 0;
  for (let i = 0, month = year.start; month <= day; i++, month = addMonths(year.start, i))
    contract += accountMrrOn(rows.account, rows.contracts, month);
  return invoiced >= contract
    ? { cents: invoiced, from: 'invoices' as const, invoiced, contract }
    : { cents: contract, from: 'contract' as const, invoiced, contract };
}

/** The account's ROI on `day` (a day on the CSM's calendar), by the rule above. */
export function accountRoi(rows: RoiRows, day: string): AccountRoi {
  const year = agreementYear(rows.account.startedAt, day);
  const live = rows.goals.filter((g) => !g.deleted && g.status !== 'dropped' && g.startDate <= day);
  const achieved = live
    .flatMap((goal) => {
      const s = goalStatus(goal, rows.metrics, day);
      return s.status === 'achieved' && s.achievedOn !== null && s.achievedOn >= year.start
        ? [{ goal, achievedOn: s.achievedOn }]
        : [];
    })
    .sort((a, b) => a.achievedOn.localeCompare(b.achievedOn) || a.goal.title.localeCompare(b.goal.title));
  const hasBasis = live.some((g) => g.valueCents > 0 && g.dueDate >= year.start);
  const cost = investment(rows, year, day);
  const value = achieved.reduce((t, a) => t + a.goal.valueCents, 0);
  const r = roi(value, cost.cents);
  const ratio = hasBasis ? r.ratio : null;
  return {
    ...r,
    ratio,
    year,
    asOf: day,
    achieved,
    investmentFrom: cost.from,
    invoicedCents: cost.invoiced,
    contractCents: cost.contract,
    hasBasis,
    validated: ratio !== null && ratio >= 1,
  };
}
