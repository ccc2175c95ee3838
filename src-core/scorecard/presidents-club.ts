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

/** One account's part of President's Club for the calendar year to the evaluation day (`clubPart`). */
export interface ClubPart {
  ref: AccountRef;
  /** Its churn date when it churned this year. */
  churnedAt: string | null;
  /** A paying client on the day: its ROI and whether it is validated; null for any other account. */
  roi: { ratio: number | null; validated: boolean } | null;
  /** Its lead-source deals closed this calendar year (`leadSourceDeals`). */
  leadSourceDeals: FigureRow[];
}

export function presidentsClub(accounts: readonly AccountData[], day: string, settings: Pick<Settings, 'comp'>) {
  return combineClub(
    accounts.map((a) => clubPart(a, day)),
    settings,
  );
}

export function clubPart(a: AccountData, day: string): ClubPart {
  const year = yearToDate(day);
  const at = a.account.churnedAt;
  const r = isClientOn(a, day) ? accountRoi(a, day) : null;
  return {
    ref: { accountId: a.account.id, name: a.account.name },
    churnedAt: at !== null && at >= year.start && at <= year.end ? at : null,
    roi: r && r.investmentCents !== 0 ? { ratio: r.ratio, validated: r.validated } : null,
    leadSourceDeals: leadSourceDeals([a], year.start, day),
  };
}

/** President's Club from each account's part, in the accounts' order. */
export function combineClub(parts: readonly ClubPart[], settings: Pick<Settings, 'comp'>): PresidentsClub {
  const churned = parts.flatMap((p) => (p.churnedAt === null ? [] : [{ ...p.ref, churnedAt: p.churnedAt }]));
  const paying = parts.filter((p) => p.roi !== null);
  const roiShort = paying.flatMap((p) => (p.roi!.validated ? [] : [{ ...p.ref, ratio: p.roi!.ratio }]));
  const deals = parts.flatMap((p) => p.leadSourceDeals);
  const closed = deals.reduce((t, d) => t + (d.value ?? 0), 0);
  const target = settings.comp.presidentsClubLeadSourceCents;
  const club: PresidentsClub = {
    allClientsRetained: churned.length === 0,
    churned,
    allClientsRoi: paying.length > 0 && roiShort.length === 0,
    roiShort,
    leadSourceClosedCents: closed,
    leadSourceDeals: deals,
    leadSourceTargetCents: target,
    qualifies: false,
  };
  club.qualifies = club.allClientsRetained && club.allClientsRoi && closed >= target;
  return club;
}
