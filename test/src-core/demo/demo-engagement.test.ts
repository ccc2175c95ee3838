import { describe, expect, it } from 'vitest';
import { AS_OF, NOW, addDays, demoBook, localDay, offsetMinutes } from './fixture';

/**
 * Working minutes (Mon–Fri 09:00–17:30 on the client's own clock, the demo's agency day) between
 * two instants, counted independently of the generator: each day's offset comes from Intl.
 */
function workingMinutes(from: string, to: string, zone = 'UTC'): number {
  let total = 0;
  for (let day = localDay(from, zone); day <= localDay(to, zone); day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const offset = offsetMinutes(zone, Date.parse(`${day}T12:00:00Z`)) * 60_000;
    const open = Date.parse(`${day}T09:00:00Z`) - offset;
    const close = Date.parse(`${day}T17:30:00Z`) - offset;
    const start = Math.max(open, Date.parse(from));
    const end = Math.min(close, Date.parse(to));
    if (end > start) total += (end - start) / 60_000;
  }
  return total;
}

describe('working minutes (test helper)', () => {
  it('counts only the agency day', () => {
    expect(workingMinutes('2026-11-20T16:30:00Z', '2026-11-23T10:00:00Z')).toBe(60 + 60);
    expect(workingMinutes('2026-11-21T08:00:00Z', '2026-11-23T09:30:00Z')).toBe(30);
  });
});

describe('demo book: touchpoints in the past and on the calendar', () => {
  const book = demoBook();
  const { activities, accounts } = book.tables;

  it('has meetings scheduled after the as-of moment, for the next three weeks only', () => {
    const scheduled = activities.filter((a) => a.status === 'scheduled');
    expect(scheduled.length).toBeGreaterThanOrEqual(20);
    expect(scheduled.every((a) => a.at > NOW && a.at < `${addDays(AS_OF, 22)}T00:00:00Z`)).toBe(true);
    expect(activities.filter((a) => a.status !== 'scheduled' && a.at > NOW)).toEqual([]);
  });

  it('has meetings this afternoon and on the next working day (Monday)', () => {
    const today = activities.filter((a) => a.status === 'scheduled' && a.at.startsWith(AS_OF));
    const monday = activities.filter((a) => a.status === 'scheduled' && a.at.startsWith('2026-11-23'));
    expect(today.length).toBeGreaterThanOrEqual(2);
    expect(monday.length).toBeGreaterThanOrEqual(2);
  });

  it('puts no touchpoint on a churned account after it left', () => {
    for (const account of accounts.filter((a) => a.churnedAt)) {
      const after = activities.filter((a) => a.accountId === account.id && a.at.slice(0, 10) > account.churnedAt!);
      expect(after).toEqual([]);
    }
  });

  it('holds a QBR about every 90 days and an audit, a value report and a three-part insight every month', () => {
    const account = accounts.find((a) => a.stage === 'active' && a.startedAt < addDays(AS_OF, -730))!;
    const mine = activities.filter(
      (a) => a.accountId === account.id && a.at <= NOW && a.at >= `${addDays(AS_OF, -365)}`,
    );
    expect(mine.filter((a) => a.kind === 'qbr')).toHaveLength(4);
    expect(mine.filter((a) => a.kind === 'audit').length).toBeGreaterThanOrEqual(11);
    expect(mine.filter((a) => a.kind === 'value_report').length).toBeGreaterThanOrEqual(11);
    const insights = mine.filter((a) => a.kind === 'monthly_insight');
    expect(insights.length).toBeGreaterThanOrEqual(11);
    for (const i of insights) expect(i.insight?.working && i.insight.needsWork && i.insight.workingOn).toBeTruthy();
    expect(activities.filter((a) => a.kind !== 'monthly_insight').every((a) => a.insight === null)).toBe(true);
  });

  it('lets onboarding calls carry the first 30 days: no monthly audit, review or sync before then', () => {
    for (const account of accounts) {
      const early = activities.filter(
        (a) =>
          a.accountId === account.id &&
          ['audit', 'qbr', 'value_report', 'monthly_insight'].includes(a.kind) &&
          a.at < `${addDays(account.startedAt, 30)}`,
      );
      expect(early).toEqual([]);
    }
  });

  it('shows meetings kept, skipped and cancelled', () => {
    const past = activities.filter(
      (a) => (a.kind === 'meeting' || a.kind === 'qbr' || a.kind === 'call') && a.at <= NOW,
    );
    const share = (status: string) => past.filter((a) => a.status === status).length / past.length;
    expect(share('completed')).toBeGreaterThan(0.8);
    expect(share('no_show')).toBeGreaterThan(0.02);
    expect(share('cancelled')).toBeGreaterThan(0.02);
  });

  it("names only the account's own contacts as attendees", () => {
    const contactAccount = new Map(book.tables.contacts.map((c) => [c.id, c.accountId]));
    expect(activities.filter((a) => a.attendeeIds.some((id) => contactAccount.get(id) !== a.accountId))).toEqual([]);
  });
});

describe('demo book: onboarding on the clocks of the SOP', () => {
  const book = demoBook();
  const onboarding = book.tables.accounts.filter((a) => a.stage === 'onboarding');

  it('gives each onboarding account the eight steps with their due dates', () => {
    for (const account of onboarding) {
      const steps = book.tables.onboardingSteps.filter((s) => s.accountId === account.id);
      const due = Object.fromEntries(steps.map((s) => [s.key, s.dueDate]));
      expect(steps).toHaveLength(8);
      expect(due.welcome_package).toBe(addDays(account.startedAt, 1));
      expect(due.quick_win).toBe(addDays(account.startedAt, 7));
      expect(due.week4_first_results_review).toBe(addDays(account.startedAt, 28));
      const kickoffDays = (Date.parse(due.kickoff!) - Date.parse(account.startedAt)) / 86_400_000;
      expect(kickoffDays).toBeGreaterThanOrEqual(3);
      expect(kickoffDays).toBeLessThanOrEqual(5);
    }
  });

  it('has steps done, steps still ahead, and exactly one step late', () => {
    const steps = book.tables.onboardingSteps.filter((s) => onboarding.some((a) => a.id === s.accountId));
    const late = steps.filter((s) => s.completedAt === null && s.dueDate < AS_OF);
    expect(late).toHaveLength(1);
    expect(steps.filter((s) => s.completedAt !== null).length).toBeGreaterThanOrEqual(4);
    expect(steps.filter((s) => s.completedAt === null && s.dueDate > AS_OF).length).toBeGreaterThanOrEqual(4);
    expect(steps.every((s) => s.completedAt === null || s.completedAt <= NOW)).toBe(true);
  });
});

describe('demo book: tickets, invoices and feedback', () => {
  const book = demoBook();
  const { tickets, invoices, feedback, contracts } = book.tables;

  it('answers most messages within two working hours, some slower', () => {
    const answered = tickets.filter((t) => t.firstResponseAt !== null);
    expect(answered.length).toBeGreaterThan(300);
    const zoneOf = new Map(book.tables.accounts.map((a) => [a.id, a.timezone]));
    const within =
      answered.filter((t) => workingMinutes(t.openedAt, t.firstResponseAt!, zoneOf.get(t.accountId)) <= 120).length /
      answered.length;
    expect(within).toBeGreaterThan(0.75);
    expect(within).toBeLessThan(0.95);
    expect(
      answered.every(
        (t) => t.firstResponseAt! > t.openedAt && (t.resolvedAt === null || t.resolvedAt >= t.firstResponseAt!),
      ),
    ).toBe(true);
  });

  it("leaves a couple of this morning's messages unanswered, and no stale ones", () => {
    const unanswered = tickets.filter((t) => t.firstResponseAt === null);
    expect(unanswered.length).toBeGreaterThanOrEqual(2);
    expect(
      unanswered.every(
        (t) => t.status === 'open' && t.openedAt >= `${addDays(AS_OF, -1)}T00:00:00Z` && t.openedAt <= NOW,
      ),
    ).toBe(true);
  });

  it('invoices every month for the contract value, mostly paid on time, one or two past due', () => {
    const pastDueUnpaid = invoices.filter((i) => i.paidAt === null && i.dueDate < AS_OF);
    expect(pastDueUnpaid.length).toBeGreaterThanOrEqual(1);
    expect(pastDueUnpaid.length).toBeLessThanOrEqual(2);
    const late = invoices.filter((i) => i.paidAt !== null && i.paidAt > i.dueDate).length / invoices.length;
    expect(late).toBeGreaterThan(0.04);
    expect(late).toBeLessThan(0.2);
    expect(invoices.every((i) => i.paidAt === null || (i.paidAt >= i.issuedAt && i.paidAt <= AS_OF))).toBe(true);
    const values = new Set(contracts.map((c) => `${c.accountId}|${c.monthlyValueCents}`));
    expect(invoices.every((i) => values.has(`${i.accountId}|${i.amountCents}`))).toBe(true);
    expect(new Set(invoices.map((i) => i.number)).size).toBe(invoices.length);
  });

  it('collects NPS and CSAT each quarter: mostly promoters, detractors among the slipping accounts', () => {
    const nps = feedback.filter((f) => f.nps !== null).map((f) => f.nps!);
    const score = (nps.filter((n) => n >= 9).length - nps.filter((n) => n <= 6).length) / nps.length;
    expect(score).toBeGreaterThan(0.3);
    expect(nps.filter((n) => n <= 6).length).toBeGreaterThanOrEqual(5);
    expect(feedback.every((f) => f.date <= AS_OF)).toBe(true);
    expect(feedback.some((f) => f.trigger === 'deliverable' && f.nps === null && f.csat !== null)).toBe(true);
  });
});

describe('demo book: goals, opportunities, referrals, notes, tasks, time', () => {
  const book = demoBook();
  const { goals, opportunities, referrals, notes, tasks, timeEntries, accounts } = book.tables;

  it('sets two POWER goals a year per client, each with a baseline, target, due date and value', () => {
    const veterans = accounts.filter((a) => a.stage !== 'churned' && a.startedAt < addDays(AS_OF, -400));
    for (const account of veterans) {
      const lastYear = goals.filter(
        (g) => g.accountId === account.id && g.startDate > addDays(AS_OF, -365) && g.startDate <= AS_OF,
      );
      expect(lastYear).toHaveLength(2);
    }
    expect(goals.every((g) => g.baseline !== g.target && g.dueDate > g.startDate && g.valueCents > 0)).toBe(true);
    expect(
      goals
        .filter((g) => g.status === 'achieved')
        .every((g) => g.achievedAt && g.achievedAt <= g.dueDate && g.achievedAt <= AS_OF),
    ).toBe(true);
    expect([...new Set(goals.map((g) => g.status))]).toEqual(expect.arrayContaining(['achieved', 'missed', 'open']));
    const churned = new Set(accounts.filter((a) => a.churnedAt).map((a) => a.id));
    expect(goals.filter((g) => g.status === 'dropped').every((g) => churned.has(g.accountId))).toBe(true);
  });

  it('tracks expansion framed as solutions, some won, and renewals coming due', () => {
    const won = opportunities.filter((o) => o.stage === 'won');
    expect(won.length).toBeGreaterThanOrEqual(5);
    expect(won.every((o) => o.closedAt !== null && o.closedAt <= AS_OF && o.amountCents > 0)).toBe(true);
    expect(new Set(opportunities.map((o) => o.kind))).toEqual(new Set(['upsell', 'cross_sell', 'upgrade', 'renewal']));
    const open = opportunities.filter((o) => o.kind !== 'renewal' && o.stage !== 'won' && o.stage !== 'lost');
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(open.every((o) => o.trigger && o.problem && o.expectedImpact && o.pilot)).toBe(true);
    expect(opportunities.some((o) => o.csmIsLeadSource)).toBe(true);
    const renewingSoon = book.tables.contracts.filter(
      (c) => c.status === 'active' && c.renewalDate <= addDays(AS_OF, 90),
    );
    for (const contract of renewingSoon) {
      expect(opportunities.some((o) => o.accountId === contract.accountId && o.kind === 'renewal')).toBe(true);
    }
  });

  it('has a handful of referrals a year', () => {
    const perYear = referrals.length / 2;
    expect(perYear).toBeGreaterThanOrEqual(2);
    expect(perYear).toBeLessThanOrEqual(12);
  });

  it('has notes on every account, written by the CSM, never dated in the future', () => {
    for (const account of accounts) expect(notes.some((n) => n.accountId === account.id)).toBe(true);
    expect(notes.every((n) => n.authorName === book.owner.name && n.createdAt <= NOW && n.conflictOf === null)).toBe(
      true,
    );
  });

  it('has open and done tasks, and a timesheet for the last eight weeks', () => {
    expect(tasks.some((t) => t.status === 'open' && t.dueDate !== null && t.dueDate > AS_OF)).toBe(true);
    expect(tasks.some((t) => t.status === 'open' && t.dueDate !== null && t.dueDate < AS_OF)).toBe(true);
    expect(tasks.filter((t) => t.status === 'done').every((t) => t.completedAt !== null && t.completedAt <= NOW)).toBe(
      true,
    );
    expect(timeEntries.length).toBeGreaterThan(100);
    expect(timeEntries.every((e) => e.date > addDays(AS_OF, -57) && e.date <= AS_OF)).toBe(true);
  });
});
