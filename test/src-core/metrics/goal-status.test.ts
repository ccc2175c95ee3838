import { describe, expect, it } from 'vitest';
import { goalDirection, goalStatus } from '../../../src-core/metrics';
import type { Goal, MetricSeries } from '../../../src-core/model';
import { weekStarts } from '../../../src-core/time';

const sync = { rev: 1, deleted: false, updatedAt: '2026-01-01T00:00:00.000Z', accountId: 'a-1' };

function goal(o: Partial<Goal>): Goal {
  return {
    ...sync,
    id: 'g-1',
    title: 'Lower cost per lead from $211 to $187',
    metric: 'cost_per_lead',
    channel: 'paid',
    baseline: 21_100,
    target: 18_700,
    startDate: '2026-04-06',
    dueDate: '2026-09-27',
    status: 'open',
    achievedAt: null,
    valueCents: 1_000_000,
    note: '',
    ...o,
  };
}

/** Weekly cost per lead (cents) on the paid channel, one value per Monday of 2026 from the map, else none. */
function cpl(values: (date: string) => number | null, metric: MetricSeries['metric'] = 'cost_per_lead'): MetricSeries {
  const dates = weekStarts('2026-01-05', '2026-12-28');
  return {
    ...sync,
    id: 's-1',
    metric,
    channel: 'paid',
    year: 2026,
    dates,
    values: dates.map(values),
    targets: dates.map(() => null),
  };
}

describe('goal direction', () => {
  it('reads cost per lead, and any target below its baseline, as lower-is-better; an explicit direction wins', () => {
    expect(goalDirection(goal({}))).toBe('lower');
    expect(goalDirection(goal({ metric: 'leads', baseline: 40, target: 30, title: 'Fewer junk leads' }))).toBe('lower');
    expect(goalDirection(goal({ metric: 'leads', baseline: 20, target: 30, title: 'More leads' }))).toBe('higher');
    expect(goalDirection(goal({ metric: 'ad_spend', baseline: 500, target: 500, title: 'Hold ad spend at $5' }))).toBe(
      'lower',
    );
    expect(goalDirection(goal({ direction: 'higher', metric: 'leads', baseline: 40, target: 30 }))).toBe('higher');
  });
});

describe('goal status: one rule for the deck, the scorecard, prep and the Goals tab', () => {
  // $211 until June, then worse: $218 every week from 6 July.
  const worse = cpl((d) => (d < '2026-07-06' ? 21_100 : 21_800));

  it('CPL $211 → target $187, now $218: behind before the due date, missed after it, never achieved', () => {
    const before = goalStatus(goal({}), [worse], '2026-09-15');
    expect(before.status).toBe('behind');
    expect(before.actual).toBe(21_800);
    // (218 − 211) ÷ (187 − 211) = 7 ÷ −24: it moved the wrong way.
    expect(before.progress).toBeCloseTo(-7 / 24, 10);
    expect(goalStatus(goal({}), [worse], '2026-10-05').status).toBe('missed');
  });

  it('does not take a mistaken "achieved" mark over the data', () => {
    const marked = goal({ status: 'achieved', achievedAt: '2026-09-20' });
    expect(goalStatus(marked, [worse], '2026-10-05')).toMatchObject({
      status: 'missed',
      achievedOn: null,
      basis: 'data',
    });
  });

  it('achieves a lower-is-better goal when the level falls to the target, on the end of that week', () => {
    // 211 until 6 July, then 180: rolling 4-week means 211·3+180 → 203.25, 195.5, 187.75, then 180 (week of 27 July).
    const better = cpl((d) => (d < '2026-07-06' ? 21_100 : 18_000));
    const s = goalStatus(goal({}), [better], '2026-09-15');
    expect(s).toMatchObject({ status: 'achieved', achievedOn: '2026-08-02', basis: 'data', direction: 'lower' });
    // A higher-is-better goal on the same numbers would have gone the other way.
    const wrongWay = goal({ metric: 'leads', baseline: 21_100, target: 25_000, title: 'More leads' });
    expect(goalStatus(wrongWay, [cpl((d) => (d < '2026-07-06' ? 21_100 : 18_000), 'leads')], '2026-09-15').status).toBe(
      'behind',
    );
  });

  it('is on track when the share of the way is at least the share of the time gone', () => {
    // Halfway in time (start 6 April, due 27 September, measured 1 July: 86 of 174 days) and 75% of the way
    // ($211 → $193: 18 ÷ 24).
    const s = goalStatus(goal({}), [cpl(() => 19_300)], '2026-07-01');
    expect(s.progress).toBeCloseTo(0.75, 10);
    expect(s.elapsed).toBeCloseTo(86 / 174, 10);
    expect(s.status).toBe('on_track');
  });

  it('counts the week still running: at target now is achieved now, never "on track" at 120%', () => {
    // $211 until 6 July, then $180; measured Tuesday 28 July, while the week of 27 July is under way.
    const s = goalStatus(goal({}), [cpl((d) => (d < '2026-07-06' ? 21_100 : 18_000))], '2026-07-28');
    // Rolling means: 6 July 203.25, 13 July 195.5, 20 July 187.75, 27 July 180 ≤ 187 → reached, on the 28th.
    expect(s).toMatchObject({ status: 'achieved', achievedOn: '2026-07-28', actual: 18_000 });
  });

  it('without KPI data, takes the CSM’s mark; unmarked and past due is missed', () => {
    expect(goalStatus(goal({ status: 'achieved', achievedAt: '2026-08-10' }), [], '2026-10-05')).toMatchObject({
      status: 'achieved',
      achievedOn: '2026-08-10',
      basis: 'marked',
    });
    expect(goalStatus(goal({}), [], '2026-09-01').status).toBe('no_data');
    expect(goalStatus(goal({}), [], '2026-10-05').status).toBe('missed');
    expect(goalStatus(goal({ status: 'dropped' }), [worse], '2026-10-05').status).toBe('dropped');
  });
});
