import { describe, expect, it } from 'vitest';
import { accountDataOf, type AccountData } from '../../../src-core/health';
import type { OnboardingStep, Referral } from '../../../src-core/model';
import { npsScore } from '../../../src-core/metrics';
import { csmScorecard, percentile, retentionMetrics } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import {
  makeAccount,
  makeActivity,
  makeContract,
  makeFeedback,
  makeGoal,
  makeOpportunity,
  makeTicket,
  weeklySeries,
} from '../health/builders';

const S = DEFAULT_SETTINGS;
const Q3 = parsePeriod('2026-Q3');
const NOW = '2026-10-05T12:00:00.000Z';
const base = (id: string, accountId: string) => ({
  id,
  rev: 1,
  deleted: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  accountId,
});
const insight = { working: 'Calls up', needsWork: 'Reviews', workingOn: 'Service pages' };
const insightAt = (accountId: string, at: string) =>
  makeActivity({ accountId, kind: 'monthly_insight', direction: 'outbound', at, insight });
const leads = (accountId: string, value: number) =>
  weeklySeries('leads', 'all', '2026-07-06', '2026-09-28', () => [value, 20], accountId);

/**
 * A $100,000/month book on 1 July 2026:
 *   A $40,000 → renews at $45,000 on 1 Aug (expansion $5,000)
 *   B $30,000 → renews at $26,000 on 1 Sep (contraction $4,000)
 *   C $20,000 → churns 15 Aug (churn $20,000)
 *   D $10,000 → unchanged
 *   E new on 1 Sep at $7,000 (new business, outside retention)
 */
function book(): AccountData[] {
  // Client since 1 July 2024: its agreement year runs 1 July 2026 – 30 June 2027.
  const A = accountDataOf(makeAccount({ id: 'A', startedAt: '2024-07-01' }), {
    contracts: [
      makeContract({
        accountId: 'A',
        startDate: '2025-08-01',
        renewalDate: '2026-08-01',
        monthlyValueCents: 4_000_000,
        status: 'renewed',
      }),
      makeContract({
        accountId: 'A',
        startDate: '2026-08-01',
        renewalDate: '2027-08-01',
        monthlyValueCents: 4_500_000,
      }),
    ],
    activities: [
      insightAt('A', '2026-07-10T16:00:00.000Z'),
      insightAt('A', '2026-08-10T16:00:00.000Z'),
      insightAt('A', '2026-09-10T16:00:00.000Z'),
    ],
    metrics: leads('A', 20),
    goals: [
      makeGoal({
        accountId: 'A',
        startDate: '2026-01-05',
        dueDate: '2026-09-30',
        status: 'achieved',
        achievedAt: '2026-09-15',
        valueCents: 60_000_000,
      }),
      makeGoal({ accountId: 'A', startDate: '2026-07-01', dueDate: '2026-12-31' }),
    ],
    feedback: [
      makeFeedback({ accountId: 'A', date: '2026-07-20', nps: 10, csat: 5 }),
      makeFeedback({ accountId: 'A', date: '2026-09-20', nps: 9, csat: null }),
    ],
    opportunities: [
      makeOpportunity({
        accountId: 'A',
        kind: 'upsell',
        amountCents: 100_000,
        stage: 'won',
        passedToSalesAt: '2026-07-05',
        closedAt: '2026-08-10',
      }),
      makeOpportunity({
        accountId: 'A',
        kind: 'upgrade',
        amountCents: 125_000,
        stage: 'won',
        passedToSalesAt: '2026-07-01',
        closedAt: '2026-07-15',
      }),
      makeOpportunity({
        accountId: 'A',
        kind: 'renewal',
        amountCents: 4_500_000,
        stage: 'won',
        passedToSalesAt: '2026-07-01',
        closedAt: '2026-07-20',
      }),
    ],
  });
  const B = accountDataOf(makeAccount({ id: 'B', startedAt: '2025-09-01' }), {
    contracts: [
      makeContract({
        accountId: 'B',
        startDate: '2025-09-01',
        renewalDate: '2026-09-01',
        monthlyValueCents: 3_000_000,
        status: 'renewed',
      }),
      makeContract({
        accountId: 'B',
        startDate: '2026-09-01',
        renewalDate: '2027-09-01',
        monthlyValueCents: 2_600_000,
      }),
    ],
    activities: [insightAt('B', '2026-07-11T16:00:00.000Z'), insightAt('B', '2026-08-11T16:00:00.000Z')],
    metrics: leads('B', 16),
    goals: [makeGoal({ accountId: 'B', startDate: '2026-01-05', dueDate: '2026-08-31', status: 'missed' })],
    feedback: [
      makeFeedback({ accountId: 'B', date: '2026-08-01', nps: 8, csat: 4 }),
      makeFeedback({ accountId: 'B', date: '2026-08-02', nps: 7, csat: null }),
      makeFeedback({ accountId: 'B', date: '2026-06-02', nps: 0, csat: 1 }),
    ],
    opportunities: [
      makeOpportunity({
        accountId: 'B',
        kind: 'cross_sell',
        amountCents: 50_000,
        stage: 'won',
        passedToSalesAt: '2026-08-01',
        closedAt: '2026-09-01',
      }),
      makeOpportunity({
        accountId: 'B',
        kind: 'upsell',
        amountCents: 90_000,
        stage: 'lost',
        passedToSalesAt: '2026-07-20',
        closedAt: '2026-08-20',
      }),
      makeOpportunity({
        accountId: 'B',
        kind: 'upsell',
        amountCents: 90_000,
        stage: 'won',
        passedToSalesAt: '2026-05-20',
        closedAt: '2026-06-30',
      }),
    ],
  });
  const C = accountDataOf(
    makeAccount({ id: 'C', startedAt: '2025-03-01', churnedAt: '2026-08-15', stage: 'churned' }),
    {
      contracts: [
        makeContract({
          accountId: 'C',
          startDate: '2026-03-01',
          renewalDate: '2027-03-01',
          monthlyValueCents: 2_000_000,
          status: 'cancelled',
        }),
      ],
      activities: [insightAt('C', '2026-07-12T16:00:00.000Z')],
      feedback: [
        makeFeedback({ accountId: 'C', date: '2026-07-01', nps: 6, csat: 3 }),
        makeFeedback({ accountId: 'C', date: '2026-08-01', nps: 3, csat: null }),
      ],
    },
  );
  const D = accountDataOf(makeAccount({ id: 'D', startedAt: '2025-01-01' }), {
    contracts: [
      makeContract({
        accountId: 'D',
        startDate: '2025-01-01',
        renewalDate: '2027-01-01',
        monthlyValueCents: 1_000_000,
        termMonths: 24,
      }),
    ],
    activities: [insightAt('D', '2026-08-20T16:00:00.000Z')],
    metrics: leads('D', 24),
    goals: [
      makeGoal({
        accountId: 'D',
        startDate: '2026-02-01',
        dueDate: '2026-07-31',
        status: 'achieved',
        achievedAt: '2026-07-20',
        valueCents: 5_000_000,
      }),
      makeGoal({ accountId: 'D', startDate: '2025-12-01', dueDate: '2026-09-01', status: 'dropped' }),
    ],
    feedback: [
      makeFeedback({ accountId: 'D', date: '2026-09-02', nps: 9, csat: 5 }),
      makeFeedback({ accountId: 'D', date: '2026-09-03', nps: 10, csat: null }),
    ],
    referrals: [
      referral('r1', 'D', '2026-07-04'),
      referral('r2', 'D', '2026-09-04'),
      referral('r3', 'D', '2026-06-04'),
    ],
    tickets: [
      makeTicket({ accountId: 'D', openedAt: '2026-09-04T16:45:00.000Z', firstResponseAt: '2026-09-07T09:15:00.000Z' }), // Fri → Mon: 90
      makeTicket({ accountId: 'D', openedAt: '2026-09-01T09:00:00.000Z', firstResponseAt: '2026-09-01T10:00:00.000Z' }), // 60
      makeTicket({ accountId: 'D', openedAt: '2026-09-02T17:00:00.000Z', firstResponseAt: '2026-09-03T10:30:00.000Z' }), // 30 + 120
      makeTicket({ accountId: 'D', openedAt: '2026-09-05T11:00:00.000Z', firstResponseAt: '2026-09-07T08:40:00.000Z' }), // Saturday → Monday 8:40: 10
      makeTicket({
        accountId: 'D',
        openedAt: '2026-09-10T10:00:00.000Z',
        firstResponseAt: null,
        status: 'open',
        resolvedAt: null,
      }),
      makeTicket({ accountId: 'D', openedAt: '2026-06-10T10:00:00.000Z', firstResponseAt: '2026-06-20T10:00:00.000Z' }),
    ],
  });
  const E = accountDataOf(makeAccount({ id: 'E', startedAt: '2026-09-01', stage: 'onboarding' }), {
    contracts: [
      makeContract({ accountId: 'E', startDate: '2026-09-01', renewalDate: '2027-09-01', monthlyValueCents: 700_000 }),
    ],
    onboardingSteps: [step('s1', 'E', '2026-09-11T15:00:00.000Z')],
  });
  return [A, B, C, D, E];
}

function referral(id: string, accountId: string, date: string): Referral {
  return { ...base(id, accountId), referredName: 'Lakeside Dental', date, status: 'received', note: '' };
}
function step(id: string, accountId: string, completedAt: string): OnboardingStep {
  return { ...base(id, accountId), key: 'first_value', title: 'First value', dueDate: '2026-09-30', completedAt };
}

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
