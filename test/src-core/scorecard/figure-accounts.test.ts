import { describe, expect, it } from 'vitest';
import { npsScore } from '../../../src-core/metrics';
import { csmScorecard, percentile, type FigureAccount, type ScorecardValues } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { book } from './fixture-book';

// The hand-computed Q3 book of scorecard.test.ts (A $40,000 → $45,000; B $30,000 → $26,000; C $20,000
// churns; D $10,000 flat; E new at $7,000), read on 5 October.
const s = csmScorecard(book(), parsePeriod('2026-Q3'), '2026-10-05T12:00:00.000Z', DEFAULT_SETTINGS);
const rows = (key: keyof ScorecardValues): FigureAccount[] => s.accounts[key] ?? [];
const byAccount = (key: keyof ScorecardValues) => rows(key).map((r) => [r.accountId, r.value]);
const sum = (key: keyof ScorecardValues) => rows(key).reduce((t, r) => t + (r.value ?? 0), 0);
const share = (key: keyof ScorecardValues) => rows(key).filter((r) => r.counted).length / rows(key).length;

describe('the accounts behind each scorecard figure', () => {
  it('lists the accounts behind the revenue figures, summing to each figure', () => {
    // Book value: A $45,000 + B $26,000 + D $10,000 + E $7,000 = $88,000 (C churned: not in it).
    expect(byAccount('bookValueCents')).toEqual([
      ['A', 4_500_000],
      ['B', 2_600_000],
      ['D', 1_000_000],
      ['E', 700_000],
    ]);
    expect(sum('bookValueCents')).toBe(s.bookValueCents);
    expect(byAccount('expansionCents')).toEqual([['A', 500_000]]);
    expect(byAccount('churnCents')).toEqual([['C', 2_000_000]]);
    expect(byAccount('churnRate')).toEqual([['C', 2_000_000]]);
    // GRR rows are each opening client's retained MRR: 40,000 + 26,000 + 0 + 10,000 = 76,000 of 100,000.
    expect(byAccount('grr')).toEqual([
      ['A', 4_000_000],
      ['B', 2_600_000],
      ['C', 0],
      ['D', 1_000_000],
    ]);
    expect(sum('grr') / s.startMrrCents).toBeCloseTo(s.grr!, 10);
    // NRR adds A's $5,000 expansion: 81,000 of 100,000.
    expect(sum('nrr') / s.startMrrCents).toBeCloseTo(s.nrr!, 10);
    // Revenue lost: B $4,000 × 3 + C $20,000 × 3 = $72,000.
    expect(byAccount('revenueLostCents')).toEqual([
      ['B', 1_200_000],
      ['C', 6_000_000],
    ]);
    expect(sum('revenueLostCents')).toBe(s.revenueLostCents);
  });

  it('names the clients retained and the one lost behind client retention', () => {
    const r = rows('clientRetention');
    expect(r.filter((x) => x.counted).map((x) => x.accountId)).toEqual(['A', 'B', 'D']);
    expect(r.filter((x) => !x.counted).map((x) => x.accountId)).toEqual(['C']);
    expect(share('clientRetention')).toBe(s.clientRetention); // 3 of 4
    expect(r[0]!.accountName).toBe(book()[0]!.account.name);
  });

  it('lists the won deals, opportunities and referrals behind the expansion figures', () => {
    // Upsell: A $1,000 × 12 + B's cross-sell $500 × 12 = $18,000.
    expect(byAccount('upsellCents')).toEqual([
      ['A', 1_200_000],
      ['B', 600_000],
    ]);
    expect(sum('upsellCents')).toBe(s.upsellCents);
    expect(sum('upgradeCents')).toBe(s.upgradeCents); // A $1,250 × 12
    // Passed to Sales in Q3: A's upsell and upgrade, B's cross-sell and lost upsell (A's renewal left out).
    expect(byAccount('opportunities')).toEqual([
      ['A', 2],
      ['B', 2],
    ]);
    expect(sum('opportunities')).toBe(s.opportunities);
    expect(byAccount('referrals')).toEqual([['D', 2]]); // r1 and r2; r3 was in June
    expect(sum('referrals')).toBe(s.referrals);
  });

  it('gives every NPS and CSAT answer with its account and score', () => {
    // A 10, 9; B 8, 7; C 6, 3; D 9, 10: the same 8 answers make the NPS of 25.
    expect(rows('nps').map((r) => r.value)).toEqual([10, 9, 8, 7, 6, 3, 9, 10]);
    expect(rows('nps')).toHaveLength(s.npsResponses);
    const again = npsScore(rows('nps').map((r) => ({ date: r.label!, nps: r.value, csat: null })));
    expect(again.value).toBe(s.nps);
    expect(rows('csat').map((r) => [r.accountId, r.value])).toEqual([
      ['A', 5],
      ['B', 4],
      ['C', 3],
      ['D', 5],
    ]);
    expect(sum('csatResponses')).toBe(s.csatResponses);
  });

  it('lists each client’s month behind contact coverage', () => {
    // July 3 of 4 (D not reached), August 3 of 3, September 1 of 4 (A only).
    const months = new Map<string, FigureAccount[]>();
    for (const r of rows('monthlyContactCoverage')) months.set(r.label!, [...(months.get(r.label!) ?? []), r]);
    const shares = [...months.values()].map((m) => m.filter((r) => r.counted).length / m.length);
    expect(shares).toEqual([0.75, 1, 0.25]);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeCloseTo(s.monthlyContactCoverage!, 10);
  });

  it('lists the messages behind the response figures', () => {
    // D's answered messages: 90, 60, 150, 10 minutes; three within 120; three late at day's end.
    const minutes = rows('responseP50Minutes').map((r) => r.value!);
    expect(minutes).toEqual([90, 60, 150, 10]);
    expect(percentile(minutes, 0.5)).toBe(s.responseP50Minutes);
    expect(
      percentile(
        rows('responseP90Minutes').map((r) => r.value!),
        0.9,
      ),
    ).toBe(s.responseP90Minutes);
    expect(share('respondedInTarget')).toBe(s.respondedInTarget);
    expect(rows('unansweredEndOfDay').map((r) => r.accountId)).toEqual(['D', 'D', 'D']);
    expect(rows('unansweredEndOfDay')).toHaveLength(s.unansweredEndOfDay);
  });

  it('lists the clients and goals behind the value figures', () => {
    // KPI: A on target, B below, D above (E has no data; C churned before 30 September).
    expect(rows('kpiHitRate').map((r) => [r.accountId, r.counted])).toEqual([
      ['A', true],
      ['B', false],
      ['D', true],
    ]);
    expect(share('kpiHitRate')).toBeCloseTo(s.kpiHitRate!, 10);
    // Goals due: A achieved, B missed, D achieved.
    expect(rows('goalCompletion').map((r) => [r.accountId, r.counted])).toEqual([
      ['A', true],
      ['B', false],
      ['D', true],
    ]);
    expect(share('goalCompletion')).toBeCloseTo(s.goalCompletion!, 10);
    expect(byAccount('timeToFirstValueDays')).toEqual([['E', 10]]); // 1 → 11 September
    // POWER goals started in 2026: A 2, B 1, D 1 (its dropped goal started in 2025), E 0 → 4 ÷ 4.
    expect(byAccount('powerGoalsPerClient')).toEqual([
      ['A', 2],
      ['B', 1],
      ['D', 1],
      ['E', 0],
    ]);
    expect(sum('powerGoalsPerClient') / rows('powerGoalsPerClient').length).toBe(s.powerGoalsPerClient);
    // ROI: A 462% validated; B and E no basis; D 56% → 1 of 4.
    expect(rows('roiClients').map((r) => [r.accountId, r.counted])).toEqual([
      ['A', true],
      ['B', false],
      ['D', false],
      ['E', false],
    ]);
    expect(rows('roiClients').find((r) => r.accountId === 'D')!.value).toBeCloseTo(50_000 / 90_000, 10);
    expect(share('roiClients')).toBe(s.roiClients);
    expect(share('approvedGoalClients')).toBe(s.approvedGoalClients);
    expect(rows('approvedGoalClients')).toHaveLength(4); // every client on 30 September
  });

  it('lists the deals and renewals behind the comp-plan commissions, base × rate = commission', () => {
    const comp = s.comp.accounts;
    const arithmetic = (r: FigureAccount) => [r.accountId, r.base, r.rate, r.value];
    // Lead-source deals closed in Q3: A's upsell $12,000 and upgrade $15,000, B's cross-sell $6,000;
    // 2.5% of each: $300 + $375 + $150 = $825, the new-business commission.
    expect(comp.newBusinessCommissionCents!.map(arithmetic)).toEqual([
      ['A', 1_200_000, 0.025, 30_000],
      ['A', 1_500_000, 0.025, 37_500],
      ['B', 600_000, 0.025, 15_000],
    ]);
    expect(comp.newBusinessCommissionCents!.reduce((t, r) => t + r.value!, 0)).toBe(s.comp.newBusinessCommissionCents);
    // Renewals signed: A $45,000 × 12 = $540,000 and B $26,000 × 12 = $312,000; 5% of each: $27,000 + $15,600.
    expect(comp.retainedBusinessCommissionCents!.map(arithmetic)).toEqual([
      ['A', 54_000_000, 0.05, 2_700_000],
      ['B', 31_200_000, 0.05, 1_560_000],
    ]);
    expect(comp.retainedBusinessCommissionCents!.reduce((t, r) => t + r.value!, 0)).toBe(
      s.comp.retainedBusinessCommissionCents,
    );
    expect(comp.opportunitiesThisYear!.reduce((t, r) => t + r.value!, 0)).toBe(s.comp.opportunitiesThisYear);
  });
});
