import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { containsDate, type Period } from '../time';
import { yearToDate } from './clients';
import { FIRST_YEAR_MONTHS } from './relationship-metrics';

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
  /** Processes documented are not tracked in Fieldbook; the $50 per 4 spiff is left out. */
  processSpiffCents: null;
  /** Judged on the calendar year to the period's end (`yearToDate`), whatever period is shown. */
  presidentsClub: {
    /** No assigned client left this calendar year: none churned between 1 January and the evaluation day. */
    allClientsRetained: boolean;
    /** Every paying client's ROI (`accountRoi`, its agreement year so far) is at least 100%. */
    allClientsRoi: boolean;
    leadSourceClosedCents: number;
    leadSourceTargetCents: number;
    qualifies: boolean;
  };
  totalCents: number;
}

export interface CompInputs {
  revenueLostCents: number;
  revenueLostAllowanceCents: number;
  /** The scorecard's `roiClients` (`accountRoi` on the evaluation day): the Club's ROI check reads the same number. */
  roiClients: number | null;
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
  const closedIn = (from: string, to: string) =>
    opps
      .filter((o) => o.stage === 'won' && o.closedAt !== null && o.closedAt >= from && o.closedAt <= to)
      .reduce((t, o) => t + o.amountCents * FIRST_YEAR_MONTHS, 0);
  const newBusiness = closedIn(period.start, period.end);
  // A renewal is a contract that starts on the renewal date of a `renewed` one of the same account.
  const renewed = accounts.flatMap((a) => {
    const handovers = new Set(a.contracts.filter((k) => k.status === 'renewed').map((k) => k.renewalDate));
    return a.contracts.filter(
      (k) => k.status !== 'cancelled' && containsDate(period, k.startDate) && handovers.has(k.startDate),
    );
  });
  const retainedValue = renewed.reduce((t, k) => t + k.monthlyValueCents * k.termMonths, 0);
  const oppsThisYear = opps.filter(
    (o) => o.passedToSalesAt !== null && o.passedToSalesAt >= yearStart && o.passedToSalesAt <= day,
  ).length;
  const leadSourceClosed = closedIn(yearStart, day);
  const pieces = {
    newBusinessCommissionCents: Math.round(newBusiness * c.newBusinessRate),
    retainedBusinessCommissionCents: Math.round(retainedValue * c.retainedBusinessRate),
    opportunityBonusCents: oppsThisYear >= c.opportunityQuota ? c.opportunityBonusCents : 0,
    reducedChurnBonusCents: Math.round(
      Math.max(0, inputs.revenueLostAllowanceCents - inputs.revenueLostCents) * c.reducedChurnRate,
    ),
  };
  const churnedThisYear = accounts.some(
    (a) => a.account.churnedAt !== null && a.account.churnedAt >= year.start && a.account.churnedAt <= year.end,
  );
  const club = {
    allClientsRetained: !churnedThisYear,
    allClientsRoi: inputs.roiClients === 1,
    leadSourceClosedCents: leadSourceClosed,
    leadSourceTargetCents: c.presidentsClubLeadSourceCents,
  };
  return {
    ...pieces,
    opportunitiesThisYear: oppsThisYear,
    processSpiffCents: null,
    presidentsClub: {
      ...club,
      qualifies: club.allClientsRetained && club.allClientsRoi && leadSourceClosed >= club.leadSourceTargetCents,
    },
    totalCents: Object.values(pieces).reduce((a, b) => a + b, 0),
  };
}
