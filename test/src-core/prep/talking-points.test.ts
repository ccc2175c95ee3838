import { describe, expect, it } from 'vitest';
import { talkingPoints } from '../../../src-core/prep';
import { parsePeriod } from '../../../src-core/time';
import {
  makeAccount,
  makeAccountData,
  makeActivity,
  makeFeedback,
  makeGoal,
  makeInvoice,
  makeOpportunity,
  makeSeries,
  makeTask,
} from '../today/fixtures';

const Q3 = parsePeriod('2026-Q3');
const AFTER_Q3 = '2026-10-05T12:00:00.000Z';
/** 13 weeks of Q2 (from 6 April) then 13 weeks of Q3 (from 6 July) in one yearly series. */
const weeks = (q2: number, q3: number) => [...Array<number>(13).fill(q2), ...Array<number>(13).fill(q3)];

describe('talkingPoints', () => {
  it('gives a declining account "needs work" points naming the metric and its numbers', () => {
    const data = makeAccountData({
      metrics: [
        makeSeries('leads', '2026-04-06', weeks(5, 4), [...Array<number>(13).fill(5), ...Array<number>(13).fill(6)]),
      ],
    });
    const points = talkingPoints(data, Q3, AFTER_Q3).client;
    expect(points.needsWork).toEqual([
      'Leads below target: 52 against a target of 78 this quarter (67%); down 20% from 65 last quarter.',
    ]);
    expect(points.working).toEqual([]);
    // Leads is the only KPI with data, and it has a target: nothing reached it.
    expect(points.whenEmpty.working).toBe('No KPI reached its target or improved on last quarter.');
  });

  it('compares weekly rates while the quarter is still running', () => {
    const values = [...Array<number>(13).fill(5), ...Array<number>(10).fill(4), null, null, null];
    const data = makeAccountData({ metrics: [makeSeries('leads', '2026-04-06', values, Array<number>(26).fill(6))] });
    const points = talkingPoints(data, Q3, '2026-09-16T12:00:00.000Z').client;
    expect(points.needsWork).toEqual([
      'Leads below target: 40 against a target of 60 this quarter (67%); down 20% a week on last quarter.',
    ]);
  });

  it('flags a worsening cost per lead even when it is still on target', () => {
    const data = makeAccountData({
      metrics: [makeSeries('cost_per_lead', '2026-04-06', weeks(4000, 5000), Array<number>(26).fill(5000))],
    });
    expect(talkingPoints(data, Q3, AFTER_Q3).client.needsWork).toEqual([
      'Cost per lead up 25% from $40 last quarter ($50 against a target of $50 this quarter (100%)).',
    ]);
  });

  it('never tells the client a lower-is-better goal was reached when it got worse (CPL $211 → $187, now $218)', () => {
    // Cost per lead in cents: 13 weeks at $211 in Q2, then 13 at $218 in Q3 (it got worse).
    const cpl = makeSeries(
      'cost_per_lead',
      '2026-04-06',
      [...Array<number>(13).fill(21_100), ...Array<number>(13).fill(21_800)],
      Array<number>(26).fill(18_700),
    );
    const goal = makeGoal({
      title: 'Lower cost per lead from $211 to $187',
      metric: 'cost_per_lead',
      baseline: 21_100,
      target: 18_700,
      startDate: '2026-04-06',
      dueDate: '2026-09-27',
      // Marked achieved by mistake (or by a CRM import): the data say otherwise.
      status: 'achieved',
      achievedAt: '2026-09-20',
    });
    const points = talkingPoints(makeAccountData({ metrics: [cpl], goals: [goal] }), Q3, AFTER_Q3);
    expect(JSON.stringify(points)).not.toMatch(/POWER goal reached/);
    expect(points.client.working.some((p) => p.includes('Lower cost per lead'))).toBe(false);
  });

  it('gives a thriving account wins and an expansion point', () => {
    const data = makeAccountData({
      metrics: [makeSeries('leads', '2026-04-06', weeks(5, 8), Array<number>(26).fill(6))],
      // Booked jobs are not tracked in a series here, so the CSM's own "achieved" on 20 August stands.
      goals: [
        makeGoal({ status: 'achieved', achievedAt: '2026-08-20', title: 'Double booked jobs', metric: 'booked_jobs' }),
      ],
      feedback: [makeFeedback({ date: '2026-08-15', nps: 10, comment: 'Love the new site' })],
      opportunities: [makeOpportunity()],
    });
    const points = talkingPoints(data, Q3, AFTER_Q3);
    expect(points.client.working).toEqual([
      'Leads on target: 104 against a target of 78 this quarter (133%); up 60% from 65 last quarter.',
      'POWER goal reached: Double booked jobs.',
      'Feedback on Aug 15, 2026: NPS 10/10: "Love the new site".',
    ]);
    expect(points.client.needsWork).toEqual([]);
    expect(points.client.whenEmpty.needsWork).toBe('Every KPI met its target this quarter.');
    // Expansion triggers are the CSM's to raise, never a line the client reads.
    expect(points.internal.expansion).toEqual([
      'Leads at 133% of target this quarter: room to grow the programme.',
      'Propose Paid search pilot for "More demand than organic can bring"; expected impact: +20 leads a month (identified).',
    ]);
  });

  it('puts POWER goals in progress and tasks marked for the client under "what we’re working on"', () => {
    const data = makeAccountData({
      metrics: [makeSeries('leads', '2026-07-06', [12, 14, 15, 16, 17], Array<number>(5).fill(20))],
      goals: [makeGoal({ startDate: '2026-07-06', dueDate: '2026-12-28', baseline: 10, target: 20 })],
      tasks: [
        makeTask({ title: 'Fix tracking on the booking form', dueDate: '2026-08-01', audience: 'client' }),
        makeTask({ id: 'k-2', title: 'Send the audit email', dueDate: null, audience: 'internal' }),
        // Written before tasks had an audience: the CSM's own.
        makeTask({ id: 'k-4', title: 'Prepare the QBR deck', dueDate: '2026-08-20' }),
        makeTask({ id: 'k-3', status: 'done', audience: 'client' }),
      ],
    });
    const points = talkingPoints(data, parsePeriod('2026-08'), '2026-08-10T12:00:00.000Z');
    expect(points.client.workingOn).toEqual([
      'POWER goal "More leads": 16 a week now, from 10 toward 20 by Dec 28, 2026, on track.',
      'Fix tracking on the booking form (due Aug 1, 2026, overdue).',
    ]);
    expect(points.internal.toDo).toEqual(['Prepare the QBR deck (due Aug 20, 2026).', 'Send the audit email.']);
  });

  it('raises risk points from signals, late invoices and skipped meetings', () => {
    const data = makeAccountData({
      account: makeAccount({
        signals: [
          { kind: 'competitor_interest', date: '2026-09-20', note: 'Got a quote from BigAgency' },
          { kind: 'cancellation_threat', date: '2026-03-01', note: 'old news' },
          { kind: 'capacity_limit', date: '2026-09-01', note: '' },
        ],
      }),
      invoices: [makeInvoice({ number: 'INV-8', dueDate: '2026-09-20', paidAt: null })],
      activities: [
        makeActivity({ status: 'no_show', at: '2026-08-12T15:00:00.000Z' }),
        makeActivity({ id: 'x', status: 'no_show', at: '2026-09-09T15:00:00.000Z' }),
      ],
    });
    const points = talkingPoints(data, Q3, AFTER_Q3);
    expect(points.internal.risk).toEqual([
      'They are talking to a competitor (noted Sep 20, 2026: Got a quote from BigAgency).',
      'Invoice INV-8 is unpaid, 15 days past due.',
      '2 meetings were skipped (Aug 12, 2026; Sep 9, 2026).',
    ]);
    expect(points.internal.expansion).toEqual(['They are at capacity (noted Sep 1, 2026).']);
    // None of it is said to the client.
    expect([...points.client.working, ...points.client.needsWork, ...points.client.workingOn]).toEqual([]);
  });

  it('invents nothing when there is no data', () => {
    expect(talkingPoints(makeAccountData(), Q3, AFTER_Q3)).toEqual({
      client: {
        working: [],
        needsWork: [],
        workingOn: [],
        whenEmpty: {
          working: 'No results are recorded for Q3 2026 yet.',
          needsWork: 'No results are recorded for Q3 2026 yet.',
          workingOn: 'Nothing new is scheduled yet.',
        },
      },
      internal: { expansion: [], risk: [], toDo: [] },
    });
  });

  it('says a KPI at 96% of target is close to it, never "nothing below target"', () => {
    // Calls: 24 a week for 13 weeks = 312 against a target of 25 a week = 325; 312 / 325 = 96%.
    // Q2 was also 24 a week (312), so there is no change to report.
    const data = makeAccountData({
      metrics: [makeSeries('calls', '2026-04-06', weeks(24, 24), Array<number>(26).fill(25))],
    });
    const points = talkingPoints(data, Q3, AFTER_Q3).client;
    expect(points.needsWork).toEqual(['Phone calls close to target: 312 against a target of 325 this quarter (96%).']);
    expect(points.working).toEqual([]);
  });

  it('does not claim every KPI met its target when none has a target', () => {
    const data = makeAccountData({
      metrics: [makeSeries('leads', '2026-04-06', weeks(10, 10), Array<null>(26).fill(null))],
    });
    expect(talkingPoints(data, Q3, AFTER_Q3).client.whenEmpty.needsWork).toBe(
      'No KPI has a target to measure Q3 2026 against yet.',
    );
  });
});
