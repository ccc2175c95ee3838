import type { AccountData } from '../health';
import { csmTimeZone, type Settings } from '../settings';
import type { Period } from '../time';
import { evaluationDay } from './clients';
import type { FigureAccount, FigureRow, FigureRows } from './figure-accounts';
import { compPlanEstimate, type CompDrillKey, type CompPlanEstimate } from './comp-plan';
import { relationshipMetrics, type RelationshipMetrics } from './relationship-metrics';
import { responseMetrics, type ResponseMetrics } from './response-metrics';
import { monthsIn, retentionMetrics, type RetentionMetrics } from './retention';
import { valueMetrics, type ValueMetrics } from './value-metrics';

export type ScorecardValues = RetentionMetrics & RelationshipMetrics & ResponseMetrics & ValueMetrics;

/** The same keys as the values, each with its target for this period (null: no target in the seeds). */
export type ScorecardTargets = { [K in keyof ScorecardValues]: number | null };

export interface CsmScorecard extends ScorecardValues {
  period: string;
  /** The day the numbers speak for: the period's end, or today while it runs. */
  asOf: string;
  targets: ScorecardTargets;
  comp: Omit<CompPlanEstimate, 'accounts'> & { accounts: { [K in CompDrillKey]?: FigureAccount[] } };
  /** The accounts behind each figure, from the loop that computed it (`figure-accounts.ts` says how to read them). */
  accounts: ScorecardAccounts;
}

export type ScorecardAccounts = { [K in keyof ScorecardValues]?: FigureAccount[] };

/**
 * The CSM scorecard for a month, quarter or year over a whole book, on the CSM's calendar (their
 * time zone decides which day an instant belongs to). Every metric is defined
 * where it is computed (retention.ts, relationship-metrics.ts, response-metrics.ts,
 * value-metrics.ts) and described in words in `SCORECARD_DEFINITIONS`. Rates are fractions.
 */
export function csmScorecard(
  accounts: readonly AccountData[],
  period: Period,
  now: string,
  settings: Settings,
): CsmScorecard {
  const zone = csmTimeZone(settings);
  const day = evaluationDay(period.end, now, zone);
  const tickets = accounts.flatMap((a) => a.tickets);
  const { accounts: r, ...retention } = retentionMetrics(accounts, period, settings.targets.quarterlyRevenueRetention);
  const { accounts: rel, ...relationship } = relationshipMetrics(accounts, period, day, zone);
  const { accounts: resp, ...response } = responseMetrics(tickets, period, now, settings);
  const { accounts: val, ...value } = valueMetrics(accounts, period, day, settings, zone);
  const values: ScorecardValues = { ...retention, ...relationship, ...response, ...value };
  const comp = compPlanEstimate(accounts, period, day, values, settings);
  return {
    period: period.key,
    asOf: day,
    ...values,
    targets: scorecardTargets(period, settings, retention),
    comp: { ...comp, accounts: named(comp.accounts, accounts) },
    accounts: named({ ...r, ...rel, ...resp, ...val }, accounts),
  };
}

/** The rows with their account's name, so a list reads without a second look-up. */
function named<K extends string>(
  rows: FigureRows<K>,
  accounts: readonly AccountData[],
): { [P in K]?: FigureAccount[] } {
  const names = new Map(accounts.map((a) => [a.account.id, a.account.name]));
  const out: { [P in K]?: FigureAccount[] } = {};
  for (const [key, list] of Object.entries(rows) as [K, FigureRow[]][]) {
    out[key] = list.map((row) => ({ ...row, accountName: names.get(row.accountId) ?? row.accountId }));
  }
  return out;
}

/** Targets from settings, scaled to the period: quarterly ones × months/3, yearly ones × months/12. */
export function scorecardTargets(
  period: Period,
  settings: Settings,
  r: Pick<RetentionMetrics, 'startMrrCents' | 'revenueLostAllowanceCents'>,
): ScorecardTargets {
  const t = settings.targets;
  const months = monthsIn(period);
  const perQuarter = (n: number) => Math.round((n * months) / 3);
  const perYear = (n: number) => (n * months) / 12;
  return {
    bookValueCents: null,
    startMrrCents: null,
    expansionCents: Math.round(r.startMrrCents * t.expansionShareOfBase * (months / 12)),
    contractionCents: null,
    churnCents: Math.round(r.startMrrCents * t.churnOfBookMax),
    newBusinessCents: null,
    grr: t.quarterlyRevenueRetention,
    nrr: t.nrr,
    churnRate: t.churnOfBookMax,
    revenueLostCents: r.revenueLostAllowanceCents,
    revenueLostAllowanceCents: null,
    clientRetention: t.clientRetention,
    upsellCents: perQuarter(t.upsellPerQuarterCents),
    upgradeCents: perQuarter(t.upgradePerQuarterCents),
    opportunities: perYear(t.opportunitiesPerYear),
    referrals: perYear(t.referralsPerYear),
    nps: t.nps,
    npsResponses: null,
    csat: t.csat,
    csatResponses: null,
    monthlyContactCoverage: t.monthlyContactCoverage,
    responseP50Minutes: settings.response.firstResponseBusinessMinutes,
    responseP90Minutes: settings.response.firstResponseBusinessMinutes,
    respondedInTarget: 1,
    unansweredEndOfDay: t.unansweredEndOfDay,
    kpiHitRate: t.kpiHitRate,
    goalCompletion: t.goalCompletion,
    timeToFirstValueDays: t.timeToFirstValueDays,
    powerGoalsPerClient: t.powerGoalsPerClientPerYear,
    roiClients: t.roiClients,
    approvedGoalClients: 1,
  };
}
