import type { AccountData } from '../health';
import { csmTimeZone, type Settings } from '../settings';
import type { Period } from '../time';
import type { RevenueMovement } from './book-value';
import { evaluationDay } from './clients';
import { compPart, type CompPart } from './comp-plan';
import { relationshipPart, type RelationshipPart } from './relationship-metrics';
import { responsePart, type ResponsePart } from './response-metrics';
import { retentionPart } from './retention';
import { valuePart, type ValuePart } from './value-metrics';

/**
 * What one account contributes to the scorecard of a period: its part of every figure (money
 * moved, counts, the answers and minutes a percentile or mean needs, its rows behind each figure).
 * `combineScorecard` turns the parts of a book into its scorecard, so after a write only the
 * changed accounts' parts are computed again. A part depends on the account's rows, the period,
 * the settings and the evaluation day, never on other accounts or on the time of day.
 */
export interface ScorecardPart {
  accountId: string;
  accountName: string;
  retention: RevenueMovement;
  relationship: RelationshipPart;
  response: ResponsePart;
  value: ValuePart;
  comp: CompPart;
}

/** What a period's scorecard is computed against: the CSM's zone and the day the numbers speak for. */
export interface ScorecardContext {
  period: Period;
  now: string;
  settings: Settings;
  zone: string;
  /** The period's end, or today while it runs (`evaluationDay`). */
  day: string;
}

export function scorecardContext(period: Period, now: string, settings: Settings): ScorecardContext {
  const zone = csmTimeZone(settings);
  return { period, now, settings, zone, day: evaluationDay(period.end, now, zone) };
}

export function scorecardPart(data: AccountData, ctx: ScorecardContext): ScorecardPart {
  const { period, settings, zone, day } = ctx;
  const retention = retentionPart(data, period);
  return {
    accountId: data.account.id,
    accountName: data.account.name,
    retention,
    relationship: relationshipPart(data, period, day, zone),
    response: responsePart(data.tickets, period, settings),
    value: valuePart(data, period, day, settings, zone),
    comp: compPart(data, period, day, retention),
  };
}
