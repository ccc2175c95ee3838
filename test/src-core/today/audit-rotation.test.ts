import { describe, expect, it } from 'vitest';
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
const picked = (plan: ReturnType<typeof auditRotation>) => plan.today.map((d) => d.accountName);

describe('auditRotation', () => {
  it('spreads the month’s audits over the workdays left: 12 accounts, 3 workdays → 4 today', () => {
    const plan = auditRotation(bookOf(12), '2026-09-28');
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
    );
    expect(picked(plan)).toEqual(['A04', 'A05', 'A06', 'A07']);
    expect(plan.today[0]?.lastAuditedOn).toBeNull();
    expect(plan.remainingAfterToday).toBe(6);
  });

  it('keeps the same list all day, ticking the audits done today', () => {
    const morning = auditRotation(bookOf(12), '2026-09-28');
    const afternoon = auditRotation(bookOf(12, [{ account: 'a02', at: '2026-09-28T19:00:00.000Z' }]), '2026-09-28');
    expect(picked(afternoon)).toEqual(picked(morning));
    expect(afternoon.today.map((d) => d.doneToday)).toEqual([false, true, false, false]);
  });

  it('never plans fewer than 3 a day early in the month', () => {
    const plan = auditRotation(bookOf(12), '2026-09-01');
    expect(picked(plan)).toEqual(['A01', 'A02', 'A03']);
    expect(plan).toMatchObject({ remainingAfterToday: 9, workdaysLeft: 21, onPace: true });
  });

  it('never plans more than 5 a day, and says when the month cannot be covered', () => {
    const plan = auditRotation(bookOf(30), '2026-09-29');
    expect(picked(plan)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05']);
    expect(plan).toMatchObject({ remainingAfterToday: 25, workdaysLeft: 1, onPace: false });
  });

  it('honours a different per-day setting', () => {
    expect(picked(auditRotation(bookOf(12), '2026-09-01', { min: 4, max: 4 }))).toEqual(['A01', 'A02', 'A03', 'A04']);
  });

  it('plans no audits on a weekend', () => {
    expect(auditRotation(bookOf(12), '2026-09-12').today).toEqual([]);
  });

  it('leaves churned accounts out and starts again next month', () => {
    const book = bookOf(4, [{ account: 'a01', at: '2026-09-03T15:00:00.000Z' }]);
    book.accounts[3] = makeAccount({ id: 'a04', name: 'A04', stage: 'churned', churnedAt: '2026-08-01' });
    expect(picked(auditRotation(book, '2026-09-28'))).toEqual(['A02', 'A03']);
    expect(picked(auditRotation(book, '2026-10-01'))).toEqual(['A02', 'A03', 'A01']);
  });
});
