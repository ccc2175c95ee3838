import { describe, expect, it } from 'vitest';
import { accountDataOf, type AccountData } from '../../../src-core/health';
import { obligationsJson, yearObligations } from '../../../src-core/obligations';
import { csmScorecard } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { makeAccount, makeContract, makeFeedback, makeGoal, makeInvoice, makeOpportunity } from '../health/builders';
import { makeApproval, makeCaseStudy, makeProcess, makeReferral, makeRequest } from '../../builders';

const S = DEFAULT_SETTINGS;
const DAY = '2026-09-30';

/**
 * Two clients since 1 October 2025, $3,000 a month, twelve $3,000 invoices each ($36,000 paid in
 * the agreement year 2025-10-01 … 2026-09-30), and one POWER goal worth $40,000 achieved in
 * the year: ROI 40,000 ÷ 36,000 = 111%, validated. Each goal is approved by the client this year.
 */
function client(id: string, name: string, approvedOn: string | null): AccountData {
  const invoices = Array.from({ length: 12 }, (_, i) => {
    const m = new Date(Date.UTC(2025, 9 + i, 1)).toISOString().slice(0, 10);
    return makeInvoice({ id: `${id}-inv-${i}`, accountId: id, issuedAt: m, dueDate: m, amountCents: 300_000 });
  });
  return accountDataOf(makeAccount({ id, name, startedAt: '2025-10-01' }), {
    contracts: [makeContract({ accountId: id, startDate: '2025-10-01', monthlyValueCents: 300_000 })],
    invoices,
    goals: [
      makeGoal({
        id: `${id}-g`,
        accountId: id,
        startDate: '2026-01-15',
        dueDate: '2026-06-30',
        status: 'achieved',
        achievedAt: '2026-06-01',
        valueCents: 4_000_000,
        approval: approvedOn ? makeApproval({ approvedOn }) : null,
      }),
    ],
  });
}

function qualifyingBook(): AccountData[] {
  const a = client('A', 'Acme Roofing', '2026-02-01');
  const b = client('B', 'Bright Dental', '2026-03-12');
  // Lead-source business: $11,000/month won in May → $132,000 first-year value ≥ $125,000.
  a.opportunities = [
    makeOpportunity({
      accountId: 'A',
      kind: 'upsell',
      stage: 'won',
      amountCents: 1_100_000,
      closedAt: '2026-05-20',
      csmIsLeadSource: true,
    }),
  ];
  a.caseStudies = [
    makeCaseStudy({ accountId: 'A', status: 'approved', draftedOn: '2026-07-01', approvedOn: '2026-08-03' }),
  ];
  return [a, b];
}

describe('the year-end bonus and President’s Club, with their evidence', () => {
  it('qualifies a year with one approved case study, every client approved, all retained, ROI and $132,000 closed', () => {
    const o = yearObligations(qualifyingBook(), DAY, 'UTC', S);
    expect(o.yearEndBonus.qualified).toBe(true);
    expect(o.club).toMatchObject({
      allClientsRetained: true,
      allClientsRoi: true,
      leadSourceClosedCents: 13_200_000,
      qualifies: true,
    });
    expect(obligationsJson(o)).toEqual({
      approvedPowerGoalClients: 2,
      clientsWithoutApprovedGoal: [],
      feedbackRequested: 0,
      feedbackAnswered: 0,
      referrals: 0,
      caseStudies: { candidate: 0, approved: 1, published: 0 },
      processesDocumented: 0,
      yearEndBonusQualified: true,
      presidentsClub: { retainedAll: true, roiValidatedAll: true, leadSourceClosedCents: 13_200_000, qualified: true },
    });
  });

  it('one client without an approved goal fails the bonus, and is named with why', () => {
    const book = qualifyingBook();
    // B's goal was approved last year: it does not count for 2026.
    book[1]!.goals = [{ ...book[1]!.goals[0]!, approval: makeApproval({ approvedOn: '2025-12-20' }) }];
    book[1]!.goals.push(makeGoal({ id: 'B-g2', accountId: 'B', startDate: '2026-09-01', approval: null }));
    const o = yearObligations(book, DAY, 'UTC', S);
    expect(o.yearEndBonus.qualified).toBe(false);
    expect(o.yearEndBonus.approvedGoals).toMatchObject({
      met: false,
      forecast: 'on_track',
      blockers: [{ accountId: 'B', name: 'Bright Dental', why: '1 goal waiting for approval' }],
    });
    expect(obligationsJson(o).clientsWithoutApprovedGoal).toEqual(['B']);
    expect(obligationsJson(o).approvedPowerGoalClients).toBe(1);
  });

  it('a dropped goal’s approval does not count', () => {
    const book = qualifyingBook();
    book[1]!.goals = [{ ...book[1]!.goals[0]!, status: 'dropped' }];
    const o = yearObligations(book, DAY, 'UTC', S);
    expect(o.yearEndBonus.approvedGoals.blockers).toEqual([
      { accountId: 'B', name: 'Bright Dental', why: 'no POWER goal set this year' },
    ]);
    expect(o.yearEndBonus.approvedGoals.forecast).toBe('at_risk');
  });

  it('a year with a churned client fails "retained all", naming the client, even when the period shown kept everyone', () => {
    const book = qualifyingBook();
    const lost = accountDataOf(
      makeAccount({ id: 'C', name: 'Cedar Spa', startedAt: '2025-01-01', churnedAt: '2026-02-10', stage: 'churned' }),
    );
    const o = yearObligations([...book, lost], DAY, 'UTC', S);
    expect(o.club.allClientsRetained).toBe(false);
    expect(o.club.qualifies).toBe(false);
    expect(o.presidentsClub.checks.find((c) => c.key === 'retainedAll')).toMatchObject({
      met: false,
      forecast: 'missed',
      blockers: [{ accountId: 'C', name: 'Cedar Spa', why: 'churned on Feb 10, 2026' }],
    });
    // The comp estimate on the scorecard reads the same Club.
    const card = csmScorecard([...book, lost], parsePeriod('2026-09'), '2026-10-05T12:00:00.000Z', S);
    expect(card.comp.presidentsClub).toEqual(o.club);
  });

  it('one client under 100% ROI fails "ROI validated", and $120,000 closed as lead source falls short of $125,000', () => {
    const book = qualifyingBook();
    // B's goal worth $30,000 against $36,000 invoiced: 30,000 ÷ 36,000 = 83% < 100%.
    book[1]!.goals = [{ ...book[1]!.goals[0]!, valueCents: 3_000_000 }];
    // $10,000/month won as lead source → $120,000 first-year value < $125,000.
    book[0]!.opportunities = [{ ...book[0]!.opportunities[0]!, amountCents: 1_000_000 }];
    const o = yearObligations(book, DAY, 'UTC', S);
    expect(obligationsJson(o).presidentsClub).toEqual({
      retainedAll: true,
      roiValidatedAll: false,
      leadSourceClosedCents: 12_000_000,
      qualified: false,
    });
    expect(o.presidentsClub.checks.find((c) => c.key === 'roiValidatedAll')!.blockers).toEqual([
      { accountId: 'B', name: 'Bright Dental', why: 'ROI 83% so far' },
    ]);
    // The bonus does not depend on the Club: still qualified.
    expect(obligationsJson(o).yearEndBonusQualified).toBe(true);
  });

  it('counts case studies by their step: candidates and drafts waiting, approved this year, published this year', () => {
    const book = qualifyingBook();
    book[1]!.caseStudies = [
      makeCaseStudy({ id: 'cs-c', accountId: 'B', status: 'candidate' }),
      makeCaseStudy({
        id: 'cs-p',
        accountId: 'B',
        status: 'published',
        draftedOn: '2026-02-01',
        approvedOn: '2026-03-01',
        publishedOn: '2026-04-01',
      }),
      // Approved and published last year: not this year's.
      makeCaseStudy({
        id: 'cs-old',
        accountId: 'B',
        status: 'published',
        draftedOn: '2025-02-01',
        approvedOn: '2025-03-01',
        publishedOn: '2025-04-01',
      }),
    ];
    // A's approved study (August) + B's published one (approved in March) = 2 approved; 1 published; 1 candidate.
    expect(obligationsJson(yearObligations(book, DAY, 'UTC', S)).caseStudies).toEqual({
      candidate: 1,
      approved: 2,
      published: 1,
    });
  });

  it('no case study approved this year fails the bonus; a draft in progress forecasts on track', () => {
    const book = qualifyingBook();
    book[0]!.caseStudies = [makeCaseStudy({ accountId: 'A', status: 'drafted', draftedOn: '2026-09-01' })];
    const o = yearObligations(book, DAY, 'UTC', S);
    expect(o.yearEndBonus.qualified).toBe(false);
    expect(o.yearEndBonus.caseStudy).toMatchObject({ met: false, forecast: 'on_track' });
    expect(o.caseStudies).toEqual({ candidate: 1, approved: 0, published: 0 });
  });

  it('counts feedback asked and answered, referrals and processes in the calendar year only', () => {
    const book = qualifyingBook();
    const asked = makeRequest({ accountId: 'A', requestedAt: '2026-07-06T15:00:00.000Z' });
    const unanswered = makeRequest({ accountId: 'B', requestedAt: '2026-08-06T15:00:00.000Z' });
    const lastYear = makeRequest({ accountId: 'A', requestedAt: '2025-12-30T15:00:00.000Z' });
    book[0]!.clientRequests = [asked, lastYear];
    book[1]!.clientRequests = [unanswered];
    book[0]!.feedback = [makeFeedback({ accountId: 'A', date: '2026-07-08', nps: 9, requestId: asked.id })];
    book[0]!.referrals = [makeReferral({ accountId: 'A', date: '2026-05-04' }), makeReferral({ date: '2025-11-01' })];
    book[1]!.processes = [
      makeProcess({ accountId: 'B', documentedOn: '2026-01-15' }),
      makeProcess({ accountId: 'B', documentedOn: '2026-10-02' }), // after the evaluation day
    ];
    const json = obligationsJson(yearObligations(book, DAY, 'UTC', S));
    // 2026: asked twice (A in July, B in August), answered once; 2025's ask is not this year's.
    expect(json).toMatchObject({ feedbackRequested: 2, feedbackAnswered: 1, referrals: 1, processesDocumented: 1 });
  });
});
