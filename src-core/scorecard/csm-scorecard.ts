import type { AccountData } from '../health';
import type { Settings } from '../settings';
import type { Period } from '../time';
import type { FigureAccount, FigureRow, FigureRows } from './figure-accounts';
import { combineCompPlan, type CompDrillKey, type CompPlanEstimate } from './comp-plan';
import { combineRelationship, type RelationshipMetrics } from './relationship-metrics';
import { combineResponse, type ResponseMetrics } from './response-metrics';
import { combineRetention, monthsIn, type RetentionMetrics } from './retention';
import { scorecardContext, scorecardPart, type ScorecardContext, type ScorecardPart } from './scorecard-part';
import { combineValue, type ValueMetrics } from './value-metrics';

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

/** A period's headline figures with their targets: what a trend needs, without the rows behind them. */
export type ScorecardHeadline = Omit<CsmScorecard, 'accounts' | 'comp'>;

/**
 * The CSM scorecard for a month, quarter or year over a whole book, on the CSM's calendar (their
 * time zone decides which day an instant belongs to). Every metric is defined
 * where it is computed (retention.ts, relationship-metrics.ts, response-metrics.ts,
 * value-metrics.ts) and described in words in `SCORECARD_DEFINITIONS`. Rates are fractions.
 * It is the combination of every account's part (scorecard-part.ts).
 */
export function csmScorecard(
  accounts: readonly AccountData[],
  period: Period,
  now: string,
  settings: Settings,
): CsmScorecard {
  const ctx = scorecardContext(period, now, settings);
  return combineScorecard(
    accounts.map((a) => scorecardPart(a, ctx)),
    ctx,
  );
}

/** The scorecard of a book from its accounts' parts (in the book's order), read at `ctx.now`. */
export function combineScorecard(parts: readonly ScorecardPart[], ctx: ScorecardContext): CsmScorecard {
  const { headline, rows } = combineFigures(parts, ctx);
  const comp = combineCompPlan(parts, headline, ctx.settings);
  const names = new Map(parts.map((p) => [p.accountId, p.accountName]));
  return {
    ...headline,
    comp: { ...comp, accounts: named(comp.accounts, names) },
    accounts: named(rows, names),
  };
}

/** A trend period's headline figures from the parts: the same figures, without naming the rows behind them. */
export function combineHeadline(parts: readonly ScorecardPart[], ctx: ScorecardContext): ScorecardHeadline {
  return combineFigures(parts, ctx).headline;
}

function combineFigures(parts: readonly ScorecardPart[], ctx: ScorecardContext) {
  const { period, settings } = ctx;
  const { accounts: r, ...retention } = combineRetention(parts, period, settings.targets.quarterlyRevenueRetention);
  const { accounts: rel, ...relationship } = combineRelationship(parts);
  const { accounts: resp, ...response } = combineResponse(parts, ctx.now);
  const { accounts: val, ...value } = combineValue(parts);
  const values: ScorecardValues = { ...retention, ...relationship, ...response, ...value };
  const headline: ScorecardHeadline = {
    period: period.key,
    asOf: ctx.day,
    ...values,
    targets: scorecardTargets(period, settings, retention),
  };
  return { headline, rows: { ...r, ...rel, ...resp, ...val } };
}

/** The scorecard without the rows behind its figures (a trend period's headline). */
export function scorecardHeadline(s: CsmScorecard): ScorecardHeadline {
  const { accounts: _rows, comp: _comp, ...headline } = s;
  return headline;
}

/** The rows with their account's name, so a list reads without a second look-up. */
function named<K extends string>(
  rows: FigureRows<K>,
  names: ReadonlyMap<string, string>,
): { [P in K]?: FigureAccount[] } {
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
