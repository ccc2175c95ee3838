import { describe, expect, it } from 'vitest';
import { HVAC_STORY_ACCOUNT_NAME } from '../../../src-core/demo';
import type { BookFile } from '../../../src-core/model';
import { AS_OF, addDays, dayNumber, demoBook, sum, weeklyHistory } from './fixture';

const MONEY_METRICS = new Set(['cost_per_lead', 'ad_spend', 'revenue_attributed']);

describe('demo book: weekly KPI history stored as yearly series', () => {
  const book = demoBook();
  const { metrics, accounts } = book.tables;

  it('puts only Mondays of the series year in each record, one week apart, with aligned arrays', () => {
    for (const s of metrics) {
      expect(s.dates.length).toBeGreaterThan(0);
      expect(s.values).toHaveLength(s.dates.length);
      expect(s.targets).toHaveLength(s.dates.length);
      for (const [i, d] of s.dates.entries()) {
        expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(d.slice(0, 4)).toBe(String(s.year));
        if (i > 0) expect(dayNumber(d) - dayNumber(s.dates[i - 1]!)).toBe(7);
      }
    }
  });

  it('runs up to the week of the as-of day and no further, and back about two years', () => {
    const last = metrics
      .map((s) => s.dates[s.dates.length - 1]!)
      .sort()
      .at(-1);
    expect(last).toBe('2026-11-16');
    const first = metrics.map((s) => s.dates[0]!).sort()[0]!;
    expect(first >= addDays(AS_OF, -2 * 365 - 7)).toBe(true);
    expect(first <= addDays(AS_OF, -2 * 365 + 7)).toBe(true);
  });

  it('keeps one record per account, metric, channel and year: 5 to 14 per account-year, about 8 on average', () => {
    const keys = metrics.map((s) => `${s.accountId}|${s.metric}|${s.channel}|${s.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const perAccountYear = new Map<string, number>();
    for (const s of metrics)
      perAccountYear.set(`${s.accountId}|${s.year}`, (perAccountYear.get(`${s.accountId}|${s.year}`) ?? 0) + 1);
    // Leads (all + one channel), calls, booked jobs and revenue at least; SEO and PPC add two each.
    for (const count of perAccountYear.values()) {
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(14);
    }
    const average = metrics.length / perAccountYear.size;
    expect(average).toBeGreaterThan(6);
    expect(average).toBeLessThan(12);
  });

  it('has every metric of the brief, money in whole cents, and no negative values', () => {
    expect(new Set(metrics.map((s) => s.metric))).toEqual(
      new Set([
        'leads',
        'calls',
        'booked_jobs',
        'organic_traffic',
        'top10_rankings',
        'cost_per_lead',
        'ad_spend',
        'revenue_attributed',
      ]),
    );
    expect(new Set(metrics.filter((s) => s.metric === 'leads').map((s) => s.channel))).toEqual(
      new Set(['all', 'organic', 'paid', 'social', 'email', 'direct_mail']),
    );
    for (const s of metrics) {
      for (const v of [...s.values, ...s.targets]) {
        if (v === null) continue;
        expect(v).toBeGreaterThanOrEqual(0);
        if (MONEY_METRICS.has(s.metric)) expect(Number.isInteger(v)).toBe(true);
      }
    }
    expect(
      metrics.filter((s) => s.metric === 'ad_spend' || s.metric === 'cost_per_lead').every((s) => s.channel === 'paid'),
    ).toBe(true);
  });

  it('makes all-channel leads the sum of the channel leads, week by week', () => {
    for (const account of accounts) {
      const all = weeklyHistory(book, account.id, 'leads', 'all');
      const byWeek = new Map<string, number>();
      for (const s of metrics.filter(
        (m) => m.accountId === account.id && m.metric === 'leads' && m.channel !== 'all',
      )) {
        for (const [i, d] of s.dates.entries()) byWeek.set(d, (byWeek.get(d) ?? 0) + (s.values[i] ?? 0));
      }
      for (const [i, d] of all.dates.entries()) expect(all.values[i]).toBe(byWeek.get(d));
    }
  });

  it('shows some accounts beating target and growing, and some sliding below it', () => {
    const live = accounts.filter((a) => a.stage !== 'churned' && a.stage !== 'onboarding');
    let thriving = 0;
    let sliding = 0;
    for (const account of live) {
      const leads = weeklyHistory(book, account.id, 'leads', 'all');
      const lastQuarter = sum(leads.values.slice(-13));
      const attainment = lastQuarter / sum(leads.targets.slice(-13));
      const yearBefore = sum(leads.values.slice(-65, -52));
      if (attainment >= 1.05 && leads.values.length >= 65 && lastQuarter > yearBefore) thriving++;
      if (attainment <= 0.85) sliding++;
    }
    expect(thriving).toBeGreaterThanOrEqual(6);
    expect(sliding).toBeGreaterThanOrEqual(3);
  });
});

function storyAccount(book: BookFile) {
  const account = book.tables.accounts.find((a) => a.name === HVAC_STORY_ACCOUNT_NAME);
  if (!account) throw new Error('The HVAC story account is missing');
  return account;
}

const growth = (values: readonly number[]) => sum(values.slice(-26)) / sum(values.slice(-52, -26));

describe('demo book: the HVAC account of the SOP story', () => {
  it.each([
    { asOf: AS_OF, seed: 'fieldbook-demo' },
    { asOf: '2026-03-02', seed: 11 },
    { asOf: '2025-07-15', seed: 'summer' },
  ])('as of $asOf: SEO + content for six months, renewal in 90 days', ({ asOf, seed }) => {
    const book = demoBook({ asOf, seed });
    const account = storyAccount(book);
    expect(account.industry).toBe('HVAC');
    expect(account.stage).toBe('renewing');
    const contract = book.tables.contracts.find((c) => c.accountId === account.id && c.status === 'active')!;
    expect(contract.services).toEqual(['seo', 'content']);
    expect(dayNumber(asOf) - dayNumber(contract.startDate)).toBeGreaterThanOrEqual(178);
    expect(dayNumber(asOf) - dayNumber(contract.startDate)).toBeLessThanOrEqual(185);
    expect(dayNumber(contract.renewalDate) - dayNumber(asOf)).toBe(90);
  });

  it.each([
    { asOf: AS_OF, seed: 'fieldbook-demo' },
    { asOf: '2026-03-02', seed: 11 },
    { asOf: '2025-07-15', seed: 'summer' },
  ])('as of $asOf: traffic up about 15%, leads up only about 5% and behind target', ({ asOf, seed }) => {
    const book = demoBook({ asOf, seed });
    const account = storyAccount(book);
    const traffic = weeklyHistory(book, account.id, 'organic_traffic', 'organic');
    const leads = weeklyHistory(book, account.id, 'leads', 'all');
    expect(traffic.values.length).toBeGreaterThanOrEqual(52);
    expect(growth(traffic.values)).toBeGreaterThan(1.13);
    expect(growth(traffic.values)).toBeLessThan(1.17);
    expect(growth(leads.values)).toBeGreaterThan(1.03);
    expect(growth(leads.values)).toBeLessThan(1.07);
    // Traffic beats its target while leads fall short of theirs over the last quarter.
    expect(sum(traffic.values.slice(-13)) / sum(traffic.targets.slice(-13))).toBeGreaterThan(1);
    expect(sum(leads.values.slice(-13)) / sum(leads.targets.slice(-13))).toBeLessThan(0.9);
  });

  it.each([
    { asOf: AS_OF, seed: 'fieldbook-demo', skipped: ['2026-09', '2026-10'] },
    { asOf: '2026-03-02', seed: 11, skipped: ['2026-01', '2026-02'] },
    { asOf: '2025-07-15', seed: 'summer', skipped: ['2025-05', '2025-06'] },
  ])('as of $asOf: skipped the last two monthly reviews, and a QBR is on the calendar', ({ asOf, seed, skipped }) => {
    const book = demoBook({ asOf, seed });
    const now = `${asOf}T12:00:00.000Z`;
    const account = storyAccount(book);
    const mine = book.tables.activities.filter((a) => a.accountId === account.id);
    const reviews = mine
      .filter((a) => a.subject === 'Monthly performance review' && a.at <= now)
      .sort((a, b) => (a.at < b.at ? -1 : 1));
    expect(reviews.slice(-2).map((a) => a.status)).toEqual(['no_show', 'no_show']);
    expect(reviews.slice(-2).map((a) => a.at.slice(0, 7))).toEqual(skipped);
    expect(reviews.slice(0, -2).every((a) => a.status === 'completed')).toBe(true);
    const upcoming = mine.filter((a) => a.status === 'scheduled' && a.kind === 'qbr');
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]!.at > now).toBe(true);
  });

  it('is measured against an open POWER goal of 40% more leads that it is not reaching', () => {
    const book = demoBook();
    const account = storyAccount(book);
    const goal = book.tables.goals.find((g) => g.accountId === account.id && g.status === 'open');
    expect(goal).toMatchObject({ metric: 'leads', channel: 'all' });
    expect(goal!.target / goal!.baseline).toBeGreaterThan(1.35);
    expect(goal!.target / goal!.baseline).toBeLessThan(1.45);
    const leads = weeklyHistory(book, account.id, 'leads', 'all');
    expect(sum(leads.values.slice(-4)) / 4).toBeLessThan(goal!.target);
  });
});
