import { describe, expect, it } from 'vitest';
import { timesheet, timesheetCsv, tripReadiness } from '../../../src-core/today';
import { makeAccount, makeActivity, makeDayBook, makeDeck, makeTimeEntry } from './fixtures';

describe('tripReadiness', () => {
  const book = makeDayBook({
    accounts: [
      makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
      makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
      makeAccount({ id: 'a-3', name: 'Lone Star Law' }),
    ],
    activities: [
      makeActivity({ id: 'q1', accountId: 'a-1', kind: 'qbr', at: '2026-09-15T15:00:00.000Z' }),
      makeActivity({ id: 'q2', accountId: 'a-2', kind: 'qbr', at: '2026-10-06T15:00:00.000Z' }),
      makeActivity({ id: 'm3', accountId: 'a-3', at: '2026-10-07T15:00:00.000Z' }),
      makeActivity({ id: 'after', accountId: 'a-3', at: '2026-10-12T15:00:00.000Z' }),
    ],
  });
  const decks = {
    'a-1': [makeDeck({ accountId: 'a-1', period: '2026-Q3' })],
    'a-2': [makeDeck({ id: 'd-2', accountId: 'a-2', period: '2026-Q2' })],
  };

  it('lists the trip’s meetings and what each account still needs to be ready offline', () => {
    const trip = tripReadiness(
      book,
      { 'a-1': 2 },
      decks,
      '2026-09-14T00:00:00.000Z',
      '2026-10-10T00:00:00.000Z',
      'UTC',
    );
    expect(trip.accounts.map((a) => [a.accountName, a.meetings.map((m) => m.meeting.id), a.missing, a.ready])).toEqual([
      ['Bright Smiles Dental', ['q1'], ['2 edits not synced yet'], false],
      ['Cool Air HVAC', ['q2'], ['QBR deck for 2026-Q3 not generated'], false],
      ['Lone Star Law', ['m3'], [], true],
    ]);
    expect(trip.ready).toBe(false);
  });

  it('is ready when everything is synced and every QBR has its deck', () => {
    const trip = tripReadiness(
      book,
      {},
      { ...decks, 'a-2': [makeDeck({ id: 'd-3', accountId: 'a-2', period: '2026-Q3' })] },
      '2026-09-14T00:00:00.000Z',
      '2026-10-10T00:00:00.000Z',
      'UTC',
    );
    expect(trip.ready).toBe(true);
  });
});

describe('timesheet', () => {
  it('totals minutes per day, account and category', () => {
    const names = new Map([
      ['a-1', 'Bright Smiles Dental'],
      ['a-2', 'Cool Air HVAC'],
    ]);
    const sheet = timesheet(
      [
        makeTimeEntry({ id: '1', accountId: 'a-1', date: '2026-09-09', minutes: 10 }),
        makeTimeEntry({ id: '2', accountId: 'a-1', date: '2026-09-09', minutes: 5 }),
        makeTimeEntry({ id: '3', accountId: 'a-1', date: '2026-09-09', minutes: 45, category: 'meeting' }),
        makeTimeEntry({ id: '4', accountId: 'a-2', date: '2026-09-10', minutes: 30, category: 'audit' }),
        makeTimeEntry({ id: '5', accountId: 'a-2', date: '2026-09-12', minutes: 30, category: 'audit' }),
        { ...makeTimeEntry({ id: '6', accountId: 'a-2', date: '2026-09-10', minutes: 99 }), deleted: true },
      ],
      names,
      '2026-09-07',
      '2026-09-11',
    );
    expect(sheet.rows.map((r) => [r.date, r.accountName, r.category, r.minutes])).toEqual([
      ['2026-09-09', 'Bright Smiles Dental', 'meeting', 45],
      ['2026-09-09', 'Bright Smiles Dental', 'prep', 15],
      ['2026-09-10', 'Cool Air HVAC', 'audit', 30],
    ]);
    expect(sheet).toMatchObject({
      totalMinutes: 90,
      byDay: { '2026-09-09': 60, '2026-09-10': 30 },
      byCategory: { meeting: 45, prep: 15, audit: 30 },
    });
    expect(timesheetCsv(sheet)).toBe(
      'Date,Account,Category,Minutes\r\n2026-09-09,Bright Smiles Dental,meeting,45\r\n2026-09-09,Bright Smiles Dental,prep,15\r\n2026-09-10,Cool Air HVAC,audit,30\r\n',
    );
  });
});
