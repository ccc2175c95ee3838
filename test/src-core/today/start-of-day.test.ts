import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { monthlyContactDue, startOfDay, unansweredMessages } from '../../../src-core/today';
import { makeAccount, makeActivity, makeDayBook, makeOnboardingStep, makeTicket } from './fixtures';

// Austin in September: UTC−5 (CDT). 13:00Z is 8:00 local on Thursday 10 September.
const CENTRAL = { ...DEFAULT_SETTINGS, timeZone: 'America/Chicago' };
const UTC_DAY = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

describe('startOfDay', () => {
  const book = makeDayBook({
    accounts: [
      makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
      makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
    ],
    tickets: [
      makeTicket({ id: 't-before', openedAt: '2026-09-09T22:00:00.000Z' }),
      makeTicket({ id: 't-night', accountId: 'a-2', openedAt: '2026-09-10T03:00:00.000Z' }),
      makeTicket({ id: 't-morning', openedAt: '2026-09-10T12:59:00.000Z' }),
      makeTicket({ id: 't-future', openedAt: '2026-09-10T14:00:00.000Z' }),
    ],
    onboardingSteps: [
      makeOnboardingStep({
        id: 'ob-done',
        accountId: 'a-2',
        dueDate: '2026-09-10',
        completedAt: '2026-09-10T01:00:00.000Z',
        title: 'Welcome package',
      }),
      makeOnboardingStep({ id: 'ob-today', accountId: 'a-2', dueDate: '2026-09-10', title: 'Kickoff call' }),
      makeOnboardingStep({ id: 'ob-late', accountId: 'a-2', dueDate: '2026-09-08', title: 'Quick win' }),
      makeOnboardingStep({ id: 'ob-later', accountId: 'a-2', dueDate: '2026-09-17', title: 'Week 2 progress check' }),
    ],
    activities: [
      makeActivity({ id: 'late-evening', at: '2026-09-11T02:00:00.000Z' }),
      makeActivity({ id: 'yesterday-night', at: '2026-09-10T04:00:00.000Z' }),
      makeActivity({ id: 'morning', accountId: 'a-2', at: '2026-09-10T15:00:00.000Z' }),
    ],
  });
  const warnings = [
    { accountId: 'a-2', title: 'Skipped meeting', raisedAt: '2026-09-10T01:00:00.000Z' },
    { accountId: 'a-1', title: 'Payment late', raisedAt: '2026-09-09T12:00:00.000Z' },
  ];

  it('collects what came in since 17:30 yesterday, local time', () => {
    const day = startOfDay(book, '2026-09-10T13:00:00.000Z', CENTRAL, warnings);
    expect(day.date).toBe('2026-09-10');
    expect(day.overnightSince).toBe('2026-09-09T22:30:00.000Z');
    expect(day.overnightTickets.map((t) => [t.row.id, t.accountName])).toEqual([
      ['t-night', 'Cool Air HVAC'],
      ['t-morning', 'Bright Smiles Dental'],
    ]);
    expect(day.newWarnings.map((w) => w.title)).toEqual(['Skipped meeting']);
  });

  it('shows the onboarding pipeline’s overnight changes, today’s steps and late ones', () => {
    const { onboarding } = startOfDay(book, '2026-09-10T13:00:00.000Z', CENTRAL);
    expect(onboarding.completedOvernight.map((s) => s.row.title)).toEqual(['Welcome package']);
    expect(onboarding.dueToday.map((s) => s.row.title)).toEqual(['Kickoff call']);
    expect(onboarding.overdue.map((s) => s.row.title)).toEqual(['Quick win']);
  });

  it('puts the local day’s meetings on the calendar', () => {
    const { calendar } = startOfDay(book, '2026-09-10T13:00:00.000Z', CENTRAL);
    expect(calendar.map((m) => m.meeting.id)).toEqual(['morning', 'late-evening']);
  });

  it('on Monday, overnight runs from Friday evening', () => {
    const day = startOfDay(book, '2026-09-14T13:30:00.000Z', UTC_DAY);
    expect(day.overnightSince).toBe('2026-09-11T17:30:00.000Z');
  });

  it('ends the day when the CSM’s settings say: a workday ending at 18:00 starts overnight at 18:00', () => {
    const late = { ...CENTRAL, businessHours: { ...CENTRAL.businessHours, end: '18:00' } };
    // Wednesday 9 September 18:00 CDT = 23:00Z: the 22:00Z ticket is no longer "overnight".
    const day = startOfDay(book, '2026-09-10T13:00:00.000Z', late);
    expect(day.overnightSince).toBe('2026-09-09T23:00:00.000Z');
  });

  it('skips a holiday: after Labor Day (7 September) overnight runs from Friday evening', () => {
    const labor = { ...CENTRAL, businessHours: { ...CENTRAL.businessHours, holidays: ['2026-09-07'] } };
    // Tuesday 8 September 08:00 CDT; Friday 4 September 17:30 CDT = 22:30Z.
    expect(startOfDay(book, '2026-09-08T13:00:00.000Z', labor).overnightSince).toBe('2026-09-04T22:30:00.000Z');
  });
});

describe('unansweredMessages', () => {
  it('lists every message with no reply yet, oldest first', () => {
    const book = makeDayBook({
      accounts: [makeAccount()],
      tickets: [
        makeTicket({ id: 'new', openedAt: '2026-09-10T16:00:00.000Z' }),
        makeTicket({ id: 'old', openedAt: '2026-09-09T16:00:00.000Z', status: 'pending' }),
        makeTicket({ id: 'answered', firstResponseAt: '2026-09-10T16:30:00.000Z' }),
        makeTicket({ id: 'resolved', status: 'resolved', resolvedAt: '2026-09-10T16:30:00.000Z' }),
      ],
    });
    expect(unansweredMessages(book, '2026-09-10T22:00:00.000Z').map((t) => t.row.id)).toEqual(['old', 'new']);
  });
});

describe('monthlyContactDue', () => {
  it('lists accounts without this month’s insight, never-contacted first', () => {
    const book = makeDayBook({
      accounts: [
        makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
        makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
        makeAccount({ id: 'a-3', name: 'Lone Star Law' }),
        makeAccount({ id: 'a-4', name: 'Peak Roofing' }),
      ],
      activities: [
        makeActivity({
          id: 'x1',
          accountId: 'a-1',
          kind: 'monthly_insight',
          direction: 'outbound',
          status: 'completed',
          at: '2026-09-03T15:00:00.000Z',
        }),
        makeActivity({
          id: 'x2',
          accountId: 'a-2',
          kind: 'monthly_insight',
          direction: 'outbound',
          status: 'completed',
          at: '2026-08-28T15:00:00.000Z',
        }),
        makeActivity({
          id: 'x4',
          accountId: 'a-4',
          kind: 'monthly_insight',
          direction: 'outbound',
          status: 'scheduled',
          at: '2026-09-20T15:00:00.000Z',
        }),
      ],
    });
    expect(
      monthlyContactDue(book, '2026-09-10', DEFAULT_SETTINGS).map((d) => [d.accountName, d.lastInsightAt]),
    ).toEqual([
      ['Lone Star Law', null],
      ['Peak Roofing', null],
      ['Cool Air HVAC', '2026-08-28T15:00:00.000Z'],
    ]);
  });
});
