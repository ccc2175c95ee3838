import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { accountRoi } from './account-roi';
import { isClientOn, yearToDate } from './clients';
import type { FigureRow } from './figure-accounts';
import { FIRST_YEAR_MONTHS } from './relationship-metrics';

/**
 * President's Club (seed 002), judged on the calendar year to the evaluation day: 100% of assigned
 * clients retained, 100% of assigned clients validating 100% ROI (`accountRoi`), and $125,000 of
 * business closed with the CSM as lead source. With the accounts that stand in the way, so the
 * screen shows the evidence and the comp estimate and the report read the same answer.
 */
export interface AccountRef {
  accountId: string;
  name: string;
}

export interface PresidentsClub {
  /** No assigned client left this calendar year: none churned between 1 January and the evaluation day. */
  allClientsRetained: boolean;
  churned: (AccountRef & { churnedAt: string })[];
  /** Every paying client's ROI (its agreement year so far) is at least 100%. */
  allClientsRoi: boolean;
  roiShort: (AccountRef & { ratio: number | null })[];
  leadSourceClosedCents: number;
  /** The deals behind `leadSourceClosedCents`, closed this calendar year. */
  leadSourceDeals: FigureRow[];
  leadSourceTargetCents: number;
  qualifies: boolean;
}

/**
 * Won expansion or new business with the CSM as lead source closed in [from, to]: one row per deal,
 * its first-year value (the Club's lead-source figure and the new-business commission's base).
 */
export function leadSourceDeals(accounts: readonly AccountData[], from: string, to: string): FigureRow[] {
  return accounts
    .flatMap((a) => a.opportunities)
    .filter((o) => o.csmIsLeadSource && o.kind !== 'renewal' && o.stage === 'won')
    .filter((o) => o.closedAt !== null && o.closedAt >= from && o.closedAt <= to)
    .map((o) => ({ accountId: o.accountId, value: o.amountCents * FIRST_YEAR_MONTHS, label: o.title }));
}

export function presidentsClub(accounts: readonly AccountData[], day: string, settings: Pick<Settings, 'comp'>) {
  const year = yearToDate(day);
  const ref = (a: AccountData): AccountRef => ({ accountId: a.account.id, name: a.account.name });
  const churned = accounts.flatMap((a) => {
    const at = a.account.churnedAt;
    return at !== null && at >= year.start && at <= year.end ? [{ ...ref(a), churnedAt: at }] : [];
  });
  let paying = 0;
  const roiShort: PresidentsClub['roiShort'] = [];
  for (const a of accounts.filter((x) => isClientOn(x, day))) {
    const r = accountRoi(a, day);
    if (r.investmentCents === 0) continue;
    paying++;
    if (!r.validated) roiShort.push({ ...ref(a), ratio: r.ratio });
  }
  const deals = leadSourceDeals(accounts, year.start, day);
  const closed = deals.reduce((t, d) => t + (d.value ?? 0), 0);
  const target = settings.comp.presidentsClubLeadSourceCents;
  const club: PresidentsClub = {
    allClientsRetained: churned.length === 0,
    churned,
    allClientsRoi: paying > 0 && roiShort.length === 0,
    roiShort,
    leadSourceClosedCents: closed,
    leadSourceDeals: deals,
    leadSourceTargetCents: target,
    qualifies: false,
  };
  club.qualifies = club.allClientsRetained && club.allClientsRoi && closed >= target;
  return club;
}
