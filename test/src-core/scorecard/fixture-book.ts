import { accountDataOf, type AccountData } from '../../../src-core/health';
import type { OnboardingStep, Referral } from '../../../src-core/model';
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
export function book(): AccountData[] {
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
