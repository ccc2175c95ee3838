import type { AccountData } from '../health';
import { csatScore, npsScore } from '../metrics';
import type { Feedback, Opportunity } from '../model';
import { addDays, addMonths, containsDate, instantAt, instantMs, type Period } from '../time';
import { countsAsInsight } from '../today/monthly-contact';
import { isClientOn } from './clients';
import { perAccount, type FigureRow, type WithAccounts } from './figure-accounts';

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
): WithAccounts<RelationshipMetrics> {
  const feedback = accounts.flatMap((a) => a.feedback.filter((f) => containsDate(period, f.date)));
  const opps = accounts.flatMap((a) => a.opportunities);
  const won = opps.filter((o) => o.stage === 'won' && o.closedAt !== null && containsDate(period, o.closedAt));
  const upsells = won.filter((o) => o.kind === 'upsell' || o.kind === 'cross_sell').map(firstYearRow);
  const upgrades = won.filter((o) => o.kind === 'upgrade').map(firstYearRow);
  const passed = opps.filter(
    (o) => o.kind !== 'renewal' && o.passedToSalesAt !== null && containsDate(period, o.passedToSalesAt),
  );
  const referred = accounts.flatMap((a) =>
    a.referrals.filter((r) => containsDate(period, r.date)).map(() => ({ accountId: a.account.id, value: 1 })),
  );
  const nps = npsScore(feedback);
  const csat = csatScore(feedback);
  const coverage = contactCoverage(accounts, period, today, zone);
  return {
    upsellCents: sum(upsells),
    upgradeCents: sum(upgrades),
    opportunities: passed.length,
    referrals: referred.length,
    nps: nps.value,
    npsResponses: nps.answers,
    csat: csat.value,
    csatResponses: csat.answers,
    monthlyContactCoverage: coverage.value,
    accounts: {
      upsellCents: upsells,
      upgradeCents: upgrades,
      opportunities: perAccount(passed.map((o) => ({ accountId: o.accountId, value: 1 }))),
      referrals: perAccount(referred),
      nps: answerRows(feedback, 'nps'),
      npsResponses: perAccount(answerRows(feedback, 'nps').map((r) => ({ ...r, value: 1 }))),
      csat: answerRows(feedback, 'csat'),
      csatResponses: perAccount(answerRows(feedback, 'csat').map((r) => ({ ...r, value: 1 }))),
      monthlyContactCoverage: coverage.rows,
    },
  };
}

const firstYearRow = (o: Opportunity): FigureRow => ({ accountId: o.accountId, value: firstYear(o), label: o.title });
const sum = (rows: readonly FigureRow[]) => rows.reduce((t, r) => t + (r.value ?? 0), 0);

/** One row per answer of the kind (the same answers `npsScore`/`csatScore` count), its date as the label. */
function answerRows(feedback: readonly Feedback[], kind: 'nps' | 'csat'): FigureRow[] {
  return feedback.flatMap((f) => {
    const score = f[kind];
    return score === null ? [] : [{ accountId: f.accountId, value: score, label: f.date }];
  });
}

/**
 * Each month of the period (so far), the share of clients that got the month's insight, on the
 * CSM's calendar: an insight sent at 20:30 on 30 September in Chicago is September's for a
 * Chicago CSM. Counted like Today's "monthly insight due" (`countsAsInsight`).
 */
function contactCoverage(
  accounts: readonly AccountData[],
  period: Period,
  today: string,
  zone: string,
): { value: number | null; rows: FigureRow[] } {
  const shares: number[] = [];
  const rows: FigureRow[] = [];
  for (let month = period.start; month <= period.end && month <= today; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    const until = monthEnd < today ? monthEnd : today;
    const clients = accounts.filter((a) => isClientOn(a, until));
    if (clients.length === 0) continue;
    // The month on the CSM's calendar, as instants: [its first midnight, the midnight after `until`).
    const from = instantMs(instantAt(month, '00:00', zone));
    const to = instantMs(instantAt(addDays(until, 1), '00:00', zone));
    let reached = 0;
    for (const a of clients) {
      const sent = a.activities.some((x) => countsAsInsight(x) && instantMs(x.at) >= from && instantMs(x.at) < to);
      if (sent) reached++;
      rows.push({ accountId: a.account.id, value: null, counted: sent, label: month.slice(0, 7) });
    }
    shares.push(reached / clients.length);
  }
  return { value: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null, rows };
}
