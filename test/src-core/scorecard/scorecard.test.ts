import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../src-core/health';
import { npsScore } from '../../../src-core/metrics';
import { csmScorecard, percentile, retentionMetrics } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { makeAccount, makeContract, makeFeedback } from '../health/builders';
import { book } from './fixture-book';

const S = DEFAULT_SETTINGS;
const Q3 = parsePeriod('2026-Q3');
const NOW = '2026-10-05T12:00:00.000Z';

describe('revenue retention', () => {
  it('allows a $100,000/month book to lose $9,000 in a quarter (97% retained)', () => {
    const one = accountDataOf(makeAccount(), {
      contracts: [makeContract({ startDate: '2026-01-01', monthlyValueCents: 10_000_000 })],
    });
    expect(retentionMetrics([one], Q3, 0.97).revenueLostAllowanceCents).toBe(900_000);
    expect(retentionMetrics([one], parsePeriod('2026-09'), 0.97).revenueLostAllowanceCents).toBe(300_000);
  });

  it('puts expansion, contraction and churn of one quarter into GRR and NRR', () => {
    const s = csmScorecard(book(), Q3, NOW, S);
    expect(s).toMatchObject({
      startMrrCents: 10_000_000,
      bookValueCents: 8_800_000, // 45,000 + 26,000 + 10,000 + 7,000 dollars
      expansionCents: 500_000,
      contractionCents: 400_000,
      churnCents: 2_000_000,
      newBusinessCents: 700_000,
      revenueLostCents: 7_200_000, // ($4,000 + $20,000) × 3 months
      revenueLostAllowanceCents: 900_000,
      clientRetention: 0.75,
    });
    expect(s.grr).toBeCloseTo(0.76, 10); // (100 − 4 − 20) ÷ 100
    expect(s.nrr).toBeCloseTo(0.81, 10); // (100 + 5 − 4 − 20) ÷ 100
    expect(s.churnRate).toBeCloseTo(0.2, 10);
  });
});

describe('CSM scorecard', () => {
  const s = csmScorecard(book(), Q3, NOW, S);

  it('counts NPS as % promoters − % detractors, passives only in the total', () => {
    // Q3 answers: 10, 9 (A); 8, 7 (B); 6, 3 (C); 9, 10 (D) → 4 promoters, 2 passives, 2 detractors.
    expect(s.nps).toBe(25);
    expect(s.npsResponses).toBe(8);
    // (1 − 2) ÷ 3 = −33.3…: NPS is a whole number everywhere (metrics/nps-csat.ts).
    expect(npsScore([makeFeedback({ nps: 10 }), makeFeedback({ nps: 0 }), makeFeedback({ nps: 0 })]).value).toBe(-33);
    // (5 + 4 + 3 + 5) ÷ 4 = 4.25 → 4.3: CSAT has one decimal everywhere.
    expect(s.csat).toBe(4.3);
    expect(s.csatResponses).toBe(4);
  });

  it('measures first response in business hours across nights and a weekend', () => {
    // Answered: 90 (Fri → Mon), 60, 150 (overnight), 10 (Saturday → Monday 8:40) → sorted 10, 60, 90, 150.
    expect(s.responseP50Minutes).toBe(60);
    expect(s.responseP90Minutes).toBe(150);
    expect(s.respondedInTarget).toBe(0.75);
    // Friday's and Wednesday's were answered the next workday; the 10 September one never was.
    expect(s.unansweredEndOfDay).toBe(3);
  });

  it('counts expansion revenue, opportunities and referrals of the quarter against their targets', () => {
    expect(s.upsellCents).toBe(1_800_000); // ($1,000 + $500)/month × 12
    expect(s.upgradeCents).toBe(1_500_000);
    expect(s.opportunities).toBe(4);
    expect(s.referrals).toBe(2);
    expect(s.targets).toMatchObject({
      upsellCents: 2_500_000,
      upgradeCents: 1_500_000,
      opportunities: 9,
      referrals: 1.25,
      nrr: 1.1,
      nps: 50,
      csat: 4.5,
    });
    expect(s.targets.revenueLostCents).toBe(900_000);
  });

  it('measures contact coverage, KPI hits, goals, time to first value, POWER goals and ROI', () => {
    // July 3 of 4 clients, August 3 of 3 (C churned), September 1 of 4 (A; E is new).
    expect(s.monthlyContactCoverage).toBeCloseTo((0.75 + 1 + 0.25) / 3, 10);
    expect(s.kpiHitRate).toBeCloseTo(2 / 3, 10); // A on target, D above, B below, E no data
    expect(s.goalCompletion).toBeCloseTo(2 / 3, 10); // A and D achieved, B missed, D's dropped goal left out
    expect(s.timeToFirstValueDays).toBe(10);
    expect(s.powerGoalsPerClient).toBe(1); // 4 goals started in 2026 ÷ 4 clients
    // ROI by agreement year so far (seed 002), on 30 September, over the paying clients A, B, D and E:
    // A: year from 1 July; its goal reached target the week of 6 July (leads 20 ≥ 20), worth $600,000,
    //    against $40,000 + $45,000 + $45,000 = $130,000 of contract → 462%: validated.
    // B: no goal states a value → no basis, not validated.
    // D: year from 1 January; $50,000 goal against 9 × $10,000 = $90,000 → 56%.
    // E: no goals → no basis. → 1 of 4.
    expect(s.roiClients).toBe(0.25);
  });

  it('estimates the comp plan from the same numbers', () => {
    expect(s.comp).toMatchObject({
      newBusinessCommissionCents: 82_500, // 2.5% × $33,000 first-year value
      retainedBusinessCommissionCents: 4_260_000, // 5% × ($45,000 × 12 + $26,000 × 12)
      opportunitiesThisYear: 5,
      opportunityBonusCents: 0,
      reducedChurnBonusCents: 0,
      totalCents: 4_342_500,
    });
    expect(s.comp.presidentsClub).toMatchObject({
      allClientsRetained: false,
      leadSourceClosedCents: 3_300_000 + 1_080_000,
      qualifies: false,
    });
  });

  it('reads a running quarter as of today', () => {
    expect(csmScorecard(book(), Q3, '2026-08-20T12:00:00.000Z', S).asOf).toBe('2026-08-20');
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([40, 10, 30, 20], 0.5)).toBe(20);
    expect(percentile([40, 10, 30, 20], 0.9)).toBe(40);
    expect(percentile([], 0.5)).toBeNull();
  });
});
