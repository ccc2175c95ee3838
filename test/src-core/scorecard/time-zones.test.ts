import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../src-core/health';
import { csmScorecard, responseMetrics } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-core/settings';
import { parsePeriod, todayIn } from '../../../src-core/time';
import { monthlyContactDue } from '../../../src-core/today';
import { makeAccount, makeActivity, makeContract, makeTicket } from '../health/builders';

const csm = (timeZone: string): Settings => ({ ...DEFAULT_SETTINGS, timeZone });
const LA = csm('America/Los_Angeles');
const CHICAGO = csm('America/Chicago');
const NEW_YORK = csm('America/New_York');
const UTC = csm('UTC');

/**
 * A CSM in Los Angeles with clients in New York and Chicago, across the US daylight-saving change
 * (Sunday 1 November 2026, 02:00 local: EDT −4 → EST −5, CDT −5 → CST −6, PDT −7 → PST −8).
 * Tickets are stamped in the client's offset and answered from Los Angeles (UTC). Business hours
 * are the seeds' 08:30–17:30, Monday–Friday, on the CSM's clock.
 */
const NY_ACCOUNT = makeAccount({ id: 'ny', timezone: 'America/New_York' });
const CHI_ACCOUNT = makeAccount({ id: 'chi', timezone: 'America/Chicago' });
const tickets = [
  // T1 New York, Friday 30 Oct 16:00 EDT (20:00Z = 13:00 PDT) → answered Monday 2 Nov 09:00 PST (17:00Z).
  // LA clock: Friday 13:00–17:30 = 270, Monday 08:30–09:00 = 30 → 300 minutes; due Friday 17:30 PDT: late.
  makeTicket({
    id: 't1',
    accountId: 'ny',
    openedAt: '2026-10-30T16:00:00-04:00',
    firstResponseAt: '2026-11-02T17:00:00Z',
  }),
  // T5 Los Angeles evening of the month's last day: Saturday 31 Oct 23:30 PDT = 1 Nov 06:30Z (01:30 EST in
  // New York, after its clocks went back). Answered Monday 08:40 PST (16:40Z): 10 minutes. October for the
  // LA CSM, November for a New York one.
  makeTicket({
    id: 't5',
    accountId: 'chi',
    openedAt: '2026-10-31T23:30:00-07:00',
    firstResponseAt: '2026-11-02T16:40:00Z',
  }),
  // T2 Chicago, Tuesday 3 Nov 07:00 CST (13:00Z = 05:00 PST, before the LA day) → answered 09:15 PST: 45.
  makeTicket({
    id: 't2',
    accountId: 'chi',
    openedAt: '2026-11-03T07:00:00-06:00',
    firstResponseAt: '2026-11-03T17:15:00Z',
  }),
  // T3 after hours: Wednesday 4 Nov 18:00 PST (02:00Z Thu) → answered Thursday 08:45 PST (16:45Z): 15.
  makeTicket({
    id: 't3',
    accountId: 'chi',
    openedAt: '2026-11-04T18:00:00-08:00',
    firstResponseAt: '2026-11-05T16:45:00Z',
  }),
  // T4 weekend: Saturday 7 Nov 10:00 EST (15:00Z) → answered Monday 9 Nov 12:00 EST (17:00Z = 09:00 PST): 30.
  makeTicket({
    id: 't4',
    accountId: 'ny',
    openedAt: '2026-11-07T10:00:00-05:00',
    firstResponseAt: '2026-11-09T12:00:00-05:00',
  }),
];
const NOW = '2026-12-01T20:00:00.000Z';

describe('first response across zones, a weekend, after hours and the daylight-saving change', () => {
  it('measures the quarter on the Los Angeles CSM’s clock', () => {
    const r = responseMetrics(tickets, parsePeriod('2026-Q4'), NOW, LA);
    // Minutes 300, 10, 45, 15, 30 → sorted 10, 15, 30, 45, 300: P50 = 3rd = 30, P90 = 5th = 300.
    const { accounts, ...figures } = r;
    expect(figures).toEqual({
      responseP50Minutes: 30,
      responseP90Minutes: 300,
      respondedInTarget: 0.8, // 4 of 5 within 120
      unansweredEndOfDay: 1, // T1, due Friday 17:30 PDT, answered Monday
    });
    // The messages behind them: the five answered, each with its minutes; the one late one, T1's account.
    const answered = accounts.responseP50Minutes!;
    expect(answered.map((x) => x.value).sort((a, b) => a! - b!)).toEqual([10, 15, 30, 45, 300]);
    expect(answered.filter((x) => x.counted)).toHaveLength(4);
    expect(accounts.unansweredEndOfDay!.map((x) => x.accountId)).toEqual([tickets[0]!.accountId]);
  });

  it('puts the 31 October evening ticket in October for Los Angeles and November for New York', () => {
    // October, LA: T1 (300) and T5 (10) → P50 = 10. New York: T1 only → on the New York clock Friday
    // 16:00–17:30 EDT = 90 and Monday 08:30–12:00 EST = 210 → 300.
    expect(responseMetrics(tickets, parsePeriod('2026-10'), NOW, LA).responseP50Minutes).toBe(10);
    // November on the New York clock (EST): T5 Sunday → Monday 08:30–11:40 = 190; T2 08:30–12:15 = 225;
    // T3 (21:00 Wednesday) → Thursday 08:30–11:45 = 195; T4 Saturday → Monday 08:30–12:00 = 210. P50 = 195.
    expect(responseMetrics(tickets, parsePeriod('2026-10'), NOW, NEW_YORK).responseP50Minutes).toBe(300);
    expect(responseMetrics(tickets, parsePeriod('2026-11'), NOW, NEW_YORK).responseP50Minutes).toBe(195);
  });

  it('knows which day it is on each side of the change', () => {
    // 06:30Z on 1 November: 23:30 PDT on 31 October in Los Angeles, 01:30 EST on 1 November in New York.
    expect(todayIn('2026-11-01T06:30:00Z', 'America/Los_Angeles')).toBe('2026-10-31');
    expect(todayIn('2026-11-01T06:30:00Z', 'America/New_York')).toBe('2026-11-01');
  });
});

describe('the monthly insight sent on the evening of the month’s last day', () => {
  // 20:30 on 30 September in Chicago (CDT, −5) = 01:30Z on 1 October.
  const insight = makeActivity({
    accountId: 'chi',
    kind: 'monthly_insight',
    direction: 'outbound',
    at: '2026-09-30T20:30:00-05:00',
    insight: { working: 'Calls up', needsWork: 'Reviews', workingOn: 'Service pages' },
  });
  const client = accountDataOf(CHI_ACCOUNT, {
    contracts: [makeContract({ accountId: 'chi', startDate: '2026-01-01' })],
    activities: [insight],
  });

  it('counts in September for a Chicago CSM (and a Los Angeles one), in October for a UTC one', () => {
    const sept = parsePeriod('2026-09');
    expect(csmScorecard([client], sept, NOW, CHICAGO).monthlyContactCoverage).toBe(1);
    expect(csmScorecard([client], sept, NOW, LA).monthlyContactCoverage).toBe(1);
    expect(csmScorecard([client], sept, NOW, UTC).monthlyContactCoverage).toBe(0);
    expect(csmScorecard([client], parsePeriod('2026-10'), NOW, UTC).monthlyContactCoverage).toBe(1);
  });

  it('takes the account off Today’s "monthly insight due" on 30 September in Chicago', () => {
    const book = { accounts: [CHI_ACCOUNT], activities: [insight] };
    expect(monthlyContactDue(book, '2026-09-30', CHICAGO)).toEqual([]);
    expect(monthlyContactDue(book, '2026-09-30', UTC).map((d) => d.accountId)).toEqual(['chi']);
  });
});

describe('the quarter boundary on the CSM’s calendar', () => {
  it('judges a running quarter as of the CSM’s today, not UTC’s', () => {
    // 03:00Z on 1 October is still 30 September (20:00 PDT) in Los Angeles: Q3 is as of 30 September.
    const clients = [accountDataOf(NY_ACCOUNT), accountDataOf(CHI_ACCOUNT)];
    expect(csmScorecard(clients, parsePeriod('2026-Q3'), '2026-10-01T03:00:00Z', LA).asOf).toBe('2026-09-30');
    expect(csmScorecard(clients, parsePeriod('2026-Q4'), '2026-10-01T03:00:00Z', UTC).asOf).toBe('2026-10-01');
  });
});
