import { describe, expect, it } from 'vitest';
import { accountFunnel, renewalFocus, workStart } from '../../../src-core/prep';
import { makeAccountData, makeContract, makeGoal, makeOpportunity, makeSeries } from '../today/fixtures';

// 36 Mondays from 2026-01-05 to 2026-09-07 (index 35). "Today" is Monday 2026-09-07.
// The SEO work began 2026-06-01, so "before us" is 2026-03-02..05-31 (indices 8–20, 13 weeks)
// and "now" is the last 91 days, 2026-06-09..09-07 (indices 23–35, 13 weeks).
const TODAY = '2026-09-07';
const FIRST = '2026-01-05';
const WEEKS = 36;
const flat = (before: number, after: number) => Array.from({ length: WEEKS }, (_, i) => (i < 23 ? before : after));
const all = (n: number) => Array.from({ length: WEEKS }, () => n);

const contracts = [
  makeContract({
    id: 'site',
    startDate: '2025-06-01',
    renewalDate: '2026-06-01',
    services: ['website'],
    status: 'renewed',
  }),
  makeContract({ id: 'seo', startDate: '2026-06-01', renewalDate: '2026-11-02', services: ['seo', 'content'] }),
];

describe('the account funnel against its pre-contract baseline and target', () => {
  // Traffic 100 → 120 a week (+20%) against 110; leads 20 → 21 (+5%) against 28; jobs 5 → 5 against 7.
  // Organic traffic is kept for the organic channel only (as the demo and CRM imports keep it).
  const data = makeAccountData({
    contracts,
    metrics: [
      makeSeries('organic_traffic', FIRST, flat(100, 120), all(110), { channel: 'organic' }),
      makeSeries('leads', FIRST, flat(20, 21), all(28)),
      makeSeries('booked_jobs', FIRST, flat(5, 5), all(7)),
    ],
  });

  it('lists traffic → leads → booked jobs a week, now, before the work began and against target', () => {
    const funnel = accountFunnel(data, TODAY);
    expect(funnel.since).toBe('2026-06-01');
    expect(funnel.stages.map((s) => [s.metric, s.baseline, s.now, s.target])).toEqual([
      ['organic_traffic', 100, 120, 110],
      ['leads', 20, 21, 28],
      ['booked_jobs', 5, 5, 7],
    ]);
    expect(funnel.stages.map((s) => s.changePct)).toEqual([0.2, 0.05, 0]);
    expect(funnel.stages.every((s) => s.baselineFrom === 'history')).toBe(true);
    expect(funnel.stages.map((s) => s.channel)).toEqual(['organic', 'all', 'all']);
  });

  it('leaves out a metric kept for several channels and for no whole-account total', () => {
    const split = [
      makeSeries('organic_traffic', FIRST, flat(60, 70), all(60), { id: 'o', channel: 'organic' }),
      makeSeries('organic_traffic', FIRST, flat(40, 50), all(40), { id: 'p', channel: 'paid' }),
    ];
    const funnel = accountFunnel({ ...data, metrics: [...data.metrics.slice(1), ...split] }, TODAY);
    expect(funnel.stages.map((s) => s.metric)).toEqual(['leads', 'booked_jobs']);
  });

  it('shows each stage as a share of the one above: leads per visit fell from 20% to 17.5%', () => {
    const [traffic, leads, jobs] = accountFunnel(data, TODAY).stages;
    expect(traffic!.conversion).toBeNull();
    expect(leads!.conversion).toEqual({ now: 21 / 120, baseline: 20 / 100 });
    expect(jobs!.conversion).toEqual({ now: 5 / 21, baseline: 5 / 20 });
  });

  it('names the metric that moved most, organic traffic, though leads are the health metric', () => {
    expect(accountFunnel(data, TODAY).movedMost?.metric).toBe('organic_traffic');
  });

  it('names a result outside the funnel when it moved most (calls 10 → 16 a week, +60%)', () => {
    const withCalls = { ...data, metrics: [...data.metrics, makeSeries('calls', FIRST, flat(10, 16), all(12))] };
    const moved = accountFunnel(withCalls, TODAY).movedMost;
    expect(moved?.metric).toBe('calls');
    expect(moved?.changePct).toBeCloseTo(0.6, 10);
    expect(accountFunnel(withCalls, TODAY).stages.map((s) => s.metric)).not.toContain('calls');
  });

  it("takes the POWER goal's baseline when there is no history before the work began", () => {
    // Leads only from 2026-06-01 (index 21): no week before the start; the goal says 16 a week before.
    const leads = makeSeries(
      'leads',
      '2026-06-01',
      Array.from({ length: 15 }, () => 20),
      Array.from({ length: 15 }, () => 24),
    );
    const funnel = accountFunnel(
      makeAccountData({ contracts, metrics: [leads], goals: [makeGoal({ baseline: 16 })] }),
      TODAY,
    );
    expect(funnel.stages).toHaveLength(1);
    expect(funnel.stages[0]).toMatchObject({ baseline: 16, baselineFrom: 'goal', now: 20, changePct: 0.25 });
  });

  it('has no stages and nothing moved without KPI data', () => {
    expect(accountFunnel(makeAccountData({ contracts }), TODAY)).toEqual({
      since: '2026-06-01',
      stages: [],
      movedMost: null,
    });
  });
});

describe('when the work began', () => {
  it('is the first contract for the same services: a renewal continues the work, a website build is other work', () => {
    expect(workStart(contracts, TODAY)).toBe('2026-06-01');
    const renewed = makeContract({
      id: 'seo-1',
      startDate: '2025-06-01',
      renewalDate: '2026-06-01',
      services: ['seo'],
    });
    expect(workStart([...contracts, { ...renewed, status: 'renewed' }], TODAY)).toBe('2025-06-01');
    expect(workStart([], TODAY)).toBeNull();
  });
});

describe('the renewal a prep leads with', () => {
  const data = makeAccountData({ contracts });

  it('is the next renewal once inside the planning window (56 days ≤ 90), without a plan yet', () => {
    expect(renewalFocus(data, TODAY, 90)).toMatchObject({ inDays: 56, plan: 'no_plan', contract: { id: 'seo' } });
  });

  it('says the plan started once a renewal opportunity is qualified', () => {
    const opportunities = [makeOpportunity({ kind: 'renewal', stage: 'qualified', createdAt: '2026-08-20' })];
    expect(renewalFocus({ ...data, opportunities }, TODAY, 90)?.plan).toBe('planned');
  });

  it('is nothing before the window opens (56 days > 30)', () => {
    expect(renewalFocus(data, TODAY, 30)).toBeNull();
  });
});
