import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { auditRotation } from '../../../src-core/today';
import { makeAccount, makeActivity, makeDayBook } from './fixtures';

const names = (n: number) => Array.from({ length: n }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
const bookOf = (count: number, audits: { account: string; at: string }[] = []) =>
  makeDayBook({
    accounts: names(count).map((name) => makeAccount({ id: name.toLowerCase(), name })),
    activities: audits.map((a, i) =>
      makeActivity({ id: `audit-${i}`, accountId: a.account, kind: 'audit', status: 'completed', at: a.at }),
    ),
  });
const S = DEFAULT_SETTINGS; // UTC, Monday–Friday, 3 audits a day
const picked = (plan: ReturnType<typeof auditRotation>) => plan.today.map((d) => d.accountName);

describe('auditRotation', () => {
  it('spreads the month’s audits over the workdays left: 12 accounts, 3 workdays → 4 today', () => {
    const plan = auditRotation(bookOf(12), '2026-09-28', S);
    expect(picked(plan)).toEqual(['A01', 'A02', 'A03', 'A04']);
    expect(plan).toMatchObject({ remainingAfterToday: 8, workdaysLeft: 2, onPace: true });
  });

  it('skips accounts already audited this month and puts the never-audited first', () => {
    const plan = auditRotation(
      bookOf(12, [
        { account: 'a01', at: '2026-09-03T15:00:00.000Z' },
        { account: 'a02', at: '2026-09-04T15:00:00.000Z' },
        { account: 'a03', at: '2026-08-05T15:00:00.000Z' },
      ]),
      '2026-09-28',
      S,
    );
    expect(picked(plan)).toEqual(['A04', 'A05', 'A06', 'A07']);
    expect(plan.today[0]?.lastAuditedOn).toBeNull();
    expect(plan.remainingAfterToday).toBe(6);
  });

  it('keeps the same accounts all day, ticking the audits done today first', () => {
    const morning = auditRotation(bookOf(12), '2026-09-28', S);
    const afternoon = auditRotation(bookOf(12, [{ account: 'a02', at: '2026-09-28T19:00:00.000Z' }]), '2026-09-28', S);
    expect([...picked(afternoon)].sort()).toEqual(picked(morning));
    expect(afternoon.today.map((d) => [d.accountName, d.doneToday])).toEqual([
      ['A02', true],
      ['A01', false],
      ['A03', false],
      ['A04', false],
    ]);
    expect(afternoon).toMatchObject({ doneToday: 1, quota: 4 });
  });

  it('counts every audit logged today, on the rotation or not: 5 logged against a target of 3 is 5 done', () => {
    // 12 accounts, 1 September (22 workdays in the month): quota max(3, ceil(12 / 22)) = 3.
    // Five audits logged today, two of them for accounts already audited earlier this month.
    const plan = auditRotation(
      bookOf(12, [
        { account: 'a11', at: '2026-09-01T08:00:00.000Z' },
        { account: 'a12', at: '2026-09-01T08:30:00.000Z' },
        { account: 'a01', at: '2026-09-01T10:00:00.000Z' },
        { account: 'a02', at: '2026-09-01T11:00:00.000Z' },
        { account: 'a03', at: '2026-09-01T12:00:00.000Z' },
      ]),
      '2026-09-01',
      S,
    );
    expect(plan.doneToday).toBe(5);
    expect(plan.quota).toBe(3);
    expect(plan.today.filter((d) => d.doneToday).map((d) => d.accountName)).toEqual([
      'A01',
      'A02',
      'A03',
      'A11',
      'A12',
    ]);
    // Nothing more to do today; the 7 never-audited accounts wait for the next 21 workdays.
    expect(plan.today.filter((d) => !d.doneToday)).toEqual([]);
    expect(plan.remainingAfterToday).toBe(7);
  });

  it('counts an audit on the CSM’s day: 19:30 in Chicago on 1 September is 00:30 UTC on the 2nd', () => {
    const chicago = { ...S, timeZone: 'America/Chicago' };
    const book = bookOf(12, [{ account: 'a01', at: '2026-09-02T00:30:00.000Z' }]);
    expect(auditRotation(book, '2026-09-01', chicago).doneToday).toBe(1);
    expect(auditRotation(book, '2026-09-01', S).doneToday).toBe(0);
  });

  it('plans no audits on a holiday from the settings', () => {
    const labourDay = { ...S, businessHours: { ...S.businessHours, holidays: ['2026-09-07'] } };
    expect(auditRotation(bookOf(12), '2026-09-07', labourDay).today).toEqual([]);
    // 28 September with the holiday: still 3 workdays left (28, 29, 30).
    expect(auditRotation(bookOf(12), '2026-09-28', labourDay).quota).toBe(4);
  });

  it('never plans fewer than 3 a day early in the month', () => {
    const plan = auditRotation(bookOf(12), '2026-09-01', S);
    expect(picked(plan)).toEqual(['A01', 'A02', 'A03']);
    expect(plan).toMatchObject({ remainingAfterToday: 9, workdaysLeft: 21, onPace: true });
  });

  it('never plans more than 5 a day, and says when the month cannot be covered', () => {
    const plan = auditRotation(bookOf(30), '2026-09-29', S);
    expect(picked(plan)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05']);
    expect(plan).toMatchObject({ remainingAfterToday: 25, workdaysLeft: 1, onPace: false });
  });

  it('honours a different per-day setting', () => {
    expect(picked(auditRotation(bookOf(12), '2026-09-01', S, { min: 4, max: 4 }))).toEqual([
      'A01',
      'A02',
      'A03',
      'A04',
    ]);
  });

  it('plans no audits on a weekend', () => {
    expect(auditRotation(bookOf(12), '2026-09-12', S).today).toEqual([]);
  });

  it('leaves churned accounts out and starts again next month', () => {
    const book = bookOf(4, [{ account: 'a01', at: '2026-09-03T15:00:00.000Z' }]);
    book.accounts[3] = makeAccount({ id: 'a04', name: 'A04', stage: 'churned', churnedAt: '2026-08-01' });
    expect(picked(auditRotation(book, '2026-09-28', S))).toEqual(['A02', 'A03']);
    expect(picked(auditRotation(book, '2026-10-01', S))).toEqual(['A02', 'A03', 'A01']);
  });
});
