import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../src-core/health';
import { apportion, csmScorecard, type FigureRow } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { makeProcess } from '../../builders';
import { makeAccount, makeContract, makeOpportunity } from '../health/builders';
import { book } from './fixture-book';

const Q3 = parsePeriod('2026-Q3');
const READ_ON = '2026-10-05T12:00:00.000Z'; // Q3 is judged as of 30 September
const sum = (rows: readonly FigureRow[] | undefined, pick: (r: FigureRow) => number | null | undefined) =>
  (rows ?? []).reduce((t, r) => t + (pick(r) ?? 0), 0);
const arithmetic = (rows: readonly FigureRow[] | undefined) => (rows ?? []).map((r) => [r.accountId, r.base, r.value]);

/**
 * A $100,000/month book through Q3 2026 that keeps most of its allowance:
 *   P $60,000 steady; 2 processes before July, 4 in Q3 (and one in October, after the day);
 *   Q $40,000 → renews at $39,000 on 1 August (contraction $1,000); 1 process in March, 1 in Q3.
 */
function keepingBook() {
  const P = accountDataOf(makeAccount({ id: 'P', startedAt: '2025-01-01' }), {
    contracts: [makeContract({ accountId: 'P', startDate: '2026-01-01', monthlyValueCents: 6_000_000 })],
    processes: ['2025-12-20', '2026-02-10', '2026-04-01', '2026-07-02', '2026-08-03', '2026-08-04', '2026-09-30']
      .concat('2026-10-01')
      .map((documentedOn) => makeProcess({ accountId: 'P', documentedOn })),
  });
  const Q = accountDataOf(makeAccount({ id: 'Q', startedAt: '2025-08-01' }), {
    contracts: [
      makeContract({
        accountId: 'Q',
        startDate: '2025-08-01',
        renewalDate: '2026-08-01',
        monthlyValueCents: 4_000_000,
        status: 'renewed',
      }),
      makeContract({
        accountId: 'Q',
        startDate: '2026-08-01',
        renewalDate: '2027-08-01',
        monthlyValueCents: 3_900_000,
      }),
    ],
    processes: ['2026-03-03', '2026-09-09'].map((documentedOn) => makeProcess({ accountId: 'Q', documentedOn })),
    opportunities: [
      // $103.33 a month: first-year value $1,239.96; 2.5% = $30.999 → $31.00.
      makeOpportunity({ accountId: 'Q', amountCents: 10_333, stage: 'won', closedAt: '2026-09-02' }),
    ],
  });
  return [P, Q];
}

describe('the rows behind the comp-plan pay figures', () => {
  const s = csmScorecard(keepingBook(), Q3, READ_ON, DEFAULT_SETTINGS);
  const rows = s.comp.accounts;

  it('splits the revenue-loss allowance by opening MRR, adding up to the allowance', () => {
    // 3% × $100,000 × 3 months = $9,000: P 60% = $5,400, Q 40% = $3,600.
    expect(s.revenueLostAllowanceCents).toBe(900_000);
    expect(arithmetic(rows.revenueLostAllowanceCents)).toEqual([
      ['P', 6_000_000, 540_000],
      ['Q', 4_000_000, 360_000],
    ]);
    expect(sum(rows.revenueLostAllowanceCents, (r) => r.value)).toBe(s.revenueLostAllowanceCents);
  });

  it('shows the reduced-churn bonus per account: allowance share − revenue lost, adding up to the bonus', () => {
    // Lost: Q's $1,000 × 3 months = $3,000. Unused: $9,000 − $3,000 = $6,000; 5% = $300.
    expect(s.revenueLostCents).toBe(300_000);
    expect(s.comp.reducedChurnBonusCents).toBe(30_000);
    // P: $5,400 − $0 = $5,400 → 5,400/6,000 of $300 = $270; Q: $3,600 − $3,000 = $600 → $30.
    expect(arithmetic(rows.reducedChurnBonusCents)).toEqual([
      ['P', 540_000, 27_000],
      ['Q', 60_000, 3_000],
    ]);
    expect(sum(rows.reducedChurnBonusCents, (r) => r.base)).toBe(s.revenueLostAllowanceCents - s.revenueLostCents);
    expect(sum(rows.reducedChurnBonusCents, (r) => r.value)).toBe(s.comp.reducedChurnBonusCents);
  });

  it('shows the processes spiff per account, adding up to the spiff', () => {
    // 2026 before Q3: P 2 (the 2025 one is another year), Q 1 → 3, no full four yet.
    // Q3 to 30 September: P 4, Q 1 → 8 in the year: 2 fours − 0 before = 2 × $50 = $100.
    // Shared 4 : 1 → P $80, Q $20. October's process is after the day.
    expect(s.comp.processSpiffCents).toBe(10_000);
    expect(arithmetic(rows.processSpiffCents)).toEqual([
      ['P', 4, 8_000],
      ['Q', 1, 2_000],
    ]);
    expect(sum(rows.processSpiffCents, (r) => r.value)).toBe(s.comp.processSpiffCents);
  });

  it('shows each commission as base × rate, rounded per deal, adding up to the commission', () => {
    expect(rows.newBusinessCommissionCents!.map((r) => [r.accountId, r.base, r.rate, r.value])).toEqual([
      ['Q', 123_996, 0.025, 3_100],
    ]);
    // Q's renewal: $39,000 × 12 = $468,000 × 5% = $23,400.
    expect(rows.retainedBusinessCommissionCents!.map((r) => [r.accountId, r.base, r.rate, r.value])).toEqual([
      ['Q', 46_800_000, 0.05, 2_340_000],
    ]);
    expect(s.comp.newBusinessCommissionCents).toBe(3_100);
    expect(s.comp.retainedBusinessCommissionCents).toBe(2_340_000);
  });
});

describe('the comp plan on a book that lost more than its allowance', () => {
  // The Q3 book of scorecard.test.ts: allowance 3% × $100,000 × 3 = $9,000; lost B $4,000 × 3 + C $20,000 × 3
  // = $72,000. No bonus; each account's base still shows where the allowance went.
  const s = csmScorecard(book(), Q3, READ_ON, DEFAULT_SETTINGS);
  const rows = s.comp.accounts;

  it('pays no reduced-churn bonus and shows each account against its allowance share', () => {
    expect(s.comp.reducedChurnBonusCents).toBe(0);
    // A 40% $3,600 − 0; B 30% $2,700 − $12,000; C 20% $1,800 − $60,000; D 10% $900 − 0. E opened at $0.
    expect(arithmetic(rows.reducedChurnBonusCents)).toEqual([
      ['A', 360_000, 0],
      ['B', -930_000, 0],
      ['C', -5_820_000, 0],
      ['D', 90_000, 0],
    ]);
    expect(sum(rows.revenueLostAllowanceCents, (r) => r.value)).toBe(900_000);
  });

  it('lists exactly the accounts that fail each President’s Club tick, and the deals toward its target', () => {
    // Retained: C churned on 15 August. ROI (as of 30 September): A validated at 462%; B and E have no
    // basis; D's $50,000 goal against $90,000 of contract is 56%.
    expect(rows.clubChurned!.map((r) => [r.accountId, r.label])).toEqual([['C', 'Aug 15, 2026']]);
    expect(rows.clubRoiShort!.map((r) => r.accountId).sort()).toEqual(['B', 'D', 'E']);
    expect(rows.clubRoiShort!.find((r) => r.accountId === 'D')!.value).toBeCloseTo(50_000 / 90_000, 10);
    // Lead source this year: Q3's $33,000 and the $10,800 deal closed earlier in the year.
    expect(sum(rows.clubLeadSourceCents, (r) => r.value)).toBe(s.comp.presidentsClub.leadSourceClosedCents);
    expect(s.comp.presidentsClub.leadSourceClosedCents).toBe(3_300_000 + 1_080_000);
  });
});

describe('apportion', () => {
  it('splits whole cents by largest remainder, always adding up', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]); // 33.33… each; the first remainder takes the cent
    expect(apportion(10_000, [4, 1])).toEqual([8_000, 2_000]);
    // Mixed signs: 300 × (5,400, −600, 1,200)/6,000 = 270, −30, 60.
    expect(apportion(300, [5_400, -600, 1_200])).toEqual([270, -30, 60]);
    expect(apportion(7, [0, 0])).toEqual([0, 0]);
  });
});
