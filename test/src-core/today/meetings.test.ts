import { describe, expect, it } from 'vitest';
import { meetingsBetween } from '../../../src-core/today';
import { makeAccount, makeActivity, makeDayBook, makeTimeEntry } from './fixtures';

describe('meetingsBetween', () => {
  const book = makeDayBook({
    accounts: [
      makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
      makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
      makeAccount({ id: 'a-3', name: 'Lone Star Law' }),
    ],
    activities: [
      makeActivity({ id: 'prev', accountId: 'a-1', status: 'completed', at: '2026-08-20T15:00:00.000Z' }),
      makeActivity({ id: 'm-1', accountId: 'a-1', at: '2026-09-10T15:00:00.000Z' }),
      makeActivity({ id: 'm-2', accountId: 'a-2', kind: 'qbr', at: '2026-09-10T14:00:00.000Z', subject: 'Q3 QBR' }),
      makeActivity({ id: 'm-3', accountId: 'a-3', at: '2026-09-10T18:00:00.000Z' }),
      makeActivity({ id: 'cancelled', accountId: 'a-3', status: 'cancelled', at: '2026-09-10T19:00:00.000Z' }),
      makeActivity({ id: 'call', accountId: 'a-3', kind: 'call', at: '2026-09-10T19:30:00.000Z' }),
      makeActivity({ id: 'tomorrow', accountId: 'a-3', at: '2026-09-11T15:00:00.000Z' }),
    ],
    timeEntries: [
      makeTimeEntry({ id: 'te-old', accountId: 'a-1', date: '2026-08-20', minutes: 10 }),
      makeTimeEntry({ id: 'te-1', accountId: 'a-1', date: '2026-09-08', minutes: 10 }),
      makeTimeEntry({ id: 'te-2', accountId: 'a-1', date: '2026-09-09', minutes: 5 }),
      makeTimeEntry({ id: 'te-meeting', accountId: 'a-1', date: '2026-09-09', minutes: 30, category: 'meeting' }),
      makeTimeEntry({ id: 'te-3', accountId: 'a-2', date: '2026-09-10', minutes: 5 }),
    ],
  });

  // Calls are meetings (issue 15): a bi-weekly sync is on the day's list like a QBR; cancelled ones are not.
  it('lists the day’s calls, meetings and QBRs in time order with their prep status', () => {
    const day = meetingsBetween(book, '2026-09-10T00:00:00.000Z', '2026-09-11T00:00:00.000Z', 'UTC');
    expect(day.map((m) => [m.meeting.id, m.accountName, m.prepMinutes, m.prep])).toEqual([
      ['m-2', 'Cool Air HVAC', 5, 'started'],
      ['m-1', 'Bright Smiles Dental', 15, 'done'],
      ['m-3', 'Lone Star Law', 0, 'not_started'],
      ['call', 'Lone Star Law', 0, 'not_started'],
    ]);
  });

  it('counts only prep logged after the previous meeting’s day', () => {
    const withOldOnly = { ...book, timeEntries: book.timeEntries.filter((e) => e.id === 'te-old') };
    const [m] = meetingsBetween(withOldOnly, '2026-09-10T15:00:00.000Z', '2026-09-10T15:00:01.000Z', 'UTC');
    expect(m).toMatchObject({ prepMinutes: 0, prep: 'not_started' });
  });
});
