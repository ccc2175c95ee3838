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

/** One account's part of the relationship figures for a period (`relationshipPart`). */
export interface RelationshipPart {
  /** Its survey answers dated in the period. */
  feedback: Feedback[];
  upsells: FigureRow[];
  upgrades: FigureRow[];
  /** Expansion opportunities passed to Sales in the period. */
  passed: number;
  referrals: number;
  /** Each month of the period (so far) it was a client: whether it got the month's insight. */
  coverage: { month: string; sent: boolean }[];
}

const firstYear = (o: Opportunity) => o.amountCents * FIRST_YEAR_MONTHS;

export function relationshipPart(data: AccountData, period: Period, today: string, zone: string): RelationshipPart {
  const won = data.opportunities.filter(
    (o) => o.stage === 'won' && o.closedAt !== null && containsDate(period, o.closedAt),
  );
  return {
    feedback: data.feedback.filter((f) => containsDate(period, f.date)),
    upsells: won.filter((o) => o.kind === 'upsell' || o.kind === 'cross_sell').map(firstYearRow),
    upgrades: won.filter((o) => o.kind === 'upgrade').map(firstYearRow),
    passed: data.opportunities.filter(
      (o) => o.kind !== 'renewal' && o.passedToSalesAt !== null && containsDate(period, o.passedToSalesAt),
    ).length,
    referrals: data.referrals.filter((r) => containsDate(period, r.date)).length,
    coverage: contactMonths(data, period, today, zone),
  };
}

/** The relationship figures from each account's part, in the accounts' order. */
export function combineRelationship(
  parts: readonly { accountId: string; relationship: RelationshipPart }[],
): WithAccounts<RelationshipMetrics> {
  const all = parts.map((p) => p.relationship);
  const feedback = all.flatMap((p) => p.feedback);
  const upsells = all.flatMap((p) => p.upsells);
  const upgrades = all.flatMap((p) => p.upgrades);
  const counts = (n: (p: RelationshipPart) => number) =>
    parts.flatMap((p) => (n(p.relationship) > 0 ? [{ accountId: p.accountId, value: n(p.relationship) }] : []));
  const nps = npsScore(feedback);
  const csat = csatScore(feedback);
  const coverage = contactCoverage(parts);
  return {
    upsellCents: sum(upsells),
    upgradeCents: sum(upgrades),
    opportunities: sum(counts((p) => p.passed)),
    referrals: sum(counts((p) => p.referrals)),
    nps: nps.value,
    npsResponses: nps.answers,
    csat: csat.value,
    csatResponses: csat.answers,
    monthlyContactCoverage: coverage.value,
    accounts: {
      upsellCents: upsells,
      upgradeCents: upgrades,
      opportunities: counts((p) => p.passed),
      referrals: counts((p) => p.referrals),
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
 * Each month of the period (so far) the account was a client, whether it got the month's insight,
 * on the CSM's calendar: an insight sent at 20:30 on 30 September in Chicago is September's for a
 * Chicago CSM. Counted like Today's "monthly insight due" (`countsAsInsight`).
 */
function contactMonths(data: AccountData, period: Period, today: string, zone: string): RelationshipPart['coverage'] {
  const months: RelationshipPart['coverage'] = [];
  for (let month = period.start; month <= period.end && month <= today; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    const until = monthEnd < today ? monthEnd : today;
    if (!isClientOn(data, until)) continue;
    // The month on the CSM's calendar, as instants: [its first midnight, the midnight after `until`).
    const from = instantMs(instantAt(month, '00:00', zone));
    const to = instantMs(instantAt(addDays(until, 1), '00:00', zone));
    const sent = data.activities.some((x) => countsAsInsight(x) && instantMs(x.at) >= from && instantMs(x.at) < to);
    months.push({ month, sent });
  }
  return months;
}

/**
 * Monthly contact coverage: each month (months without clients left out), the share of its clients
 * that got the month's insight; the figure is the mean of those shares. Rows month by month.
 */
function contactCoverage(parts: readonly { accountId: string; relationship: RelationshipPart }[]): {
  value: number | null;
  rows: FigureRow[];
} {
  const byMonth = new Map<string, FigureRow[]>();
  for (const { accountId, relationship } of parts) {
    for (const { month, sent } of relationship.coverage) {
      const row = { accountId, value: null, counted: sent, label: month.slice(0, 7) };
      const list = byMonth.get(month);
      if (list) list.push(row);
      else byMonth.set(month, [row]);
    }
  }
  const months = [...byMonth.keys()].sort();
  const shares = months.map((m) => {
    const rows = byMonth.get(m)!;
    return rows.filter((r) => r.counted).length / rows.length;
  });
  const rows = months.flatMap((m) => byMonth.get(m)!);
  return { value: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null, rows };
}
