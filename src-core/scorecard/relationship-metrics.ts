import type { AccountData } from '../health';
import { csatScore, npsScore } from '../metrics';
import type { Opportunity } from '../model';
import { addDays, addMonths, containsDate, instantAt, instantMs, type Period } from '../time';
import { countsAsInsight } from '../today/monthly-contact';
import { isClientOn } from './clients';

/** Won upsell and upgrade opportunities count at their first-year value: monthly amount × 12. */
export const FIRST_YEAR_MONTHS = 12;

export interface RelationshipMetrics {
  /** Won upsell and cross-sell in the period, first-year value. */
  upsellCents: number;
  /** Won upgrades in the period, first-year value. */
  upgradeCents: number;
  /** Expansion opportunities (not renewals) passed to Sales in the period. */
  opportunities: number;
  referrals: number;
  /** NPS of the answers in the period, a whole number −100…100 (metrics/nps-csat.ts). */
  nps: number | null;
  npsResponses: number;
  /** Mean CSAT (1–5) of the answers in the period, to one decimal (metrics/nps-csat.ts). */
  csat: number | null;
  csatResponses: number;
  /** Mean over the period's months (so far) of the share of clients sent a three-part insight that month. */
  monthlyContactCoverage: number | null;
}

const firstYear = (o: Opportunity) => o.amountCents * FIRST_YEAR_MONTHS;

export function relationshipMetrics(
  accounts: readonly AccountData[],
  period: Period,
  today: string,
  zone: string,
): RelationshipMetrics {
  const feedback = accounts.flatMap((a) => a.feedback.filter((f) => containsDate(period, f.date)));
  const opps = accounts.flatMap((a) => a.opportunities);
  const won = opps.filter((o) => o.stage === 'won' && o.closedAt !== null && containsDate(period, o.closedAt));
  const nps = npsScore(feedback);
  const csat = csatScore(feedback);
  return {
    upsellCents: won
      .filter((o) => o.kind === 'upsell' || o.kind === 'cross_sell')
      .reduce((t, o) => t + firstYear(o), 0),
    upgradeCents: won.filter((o) => o.kind === 'upgrade').reduce((t, o) => t + firstYear(o), 0),
    opportunities: opps.filter(
      (o) => o.kind !== 'renewal' && o.passedToSalesAt !== null && containsDate(period, o.passedToSalesAt),
    ).length,
    referrals: accounts.reduce((t, a) => t + a.referrals.filter((r) => containsDate(period, r.date)).length, 0),
    nps: nps.value,
    npsResponses: nps.answers,
    csat: csat.value,
    csatResponses: csat.answers,
    monthlyContactCoverage: contactCoverage(accounts, period, today, zone),
  };
}

/**
 * Each month of the period (so far), the share of clients that got the month's insight, on the
 * CSM's calendar: an insight sent at 20:30 on 30 September in Chicago is September's for a
 * Chicago CSM. Counted like Today's "monthly insight due" (`countsAsInsight`).
 */
function contactCoverage(accounts: readonly AccountData[], period: Period, today: string, zone: string): number | null {
  const shares: number[] = [];
  for (let month = period.start; month <= period.end && month <= today; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    const until = monthEnd < today ? monthEnd : today;
    const clients = accounts.filter((a) => isClientOn(a, until));
    if (clients.length === 0) continue;
    // The month on the CSM's calendar, as instants: [its first midnight, the midnight after `until`).
    const from = instantMs(instantAt(month, '00:00', zone));
    const to = instantMs(instantAt(addDays(until, 1), '00:00', zone));
    const reached = clients.filter((a) =>
      a.activities.some((x) => {
        if (!countsAsInsight(x)) return false;
        const at = instantMs(x.at);
        return at >= from && at < to;
      }),
    ).length;
    shares.push(reached / clients.length);
  }
  return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
}
