import { describe, expect, it } from 'vitest';
import {
  channelBreakdown,
  formatChangePercent,
  formatMetricValue,
  formatMoney,
  formatNumber,
  formatGoalProgress,
  formatPercent,
  goalStatus,
  metricInfo,
  periodSummary,
  roi,
  seriesPoints,
} from '../../../src-core/metrics';
import type { Goal } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { AD_SPEND, CPL, LEADS, makeSeries } from './fixtures';

describe('metricInfo', () => {
  it('names each metric in the users’ words with its unit and better direction', () => {
    expect(metricInfo('leads')).toMatchObject({
      label: 'Leads',
      unit: 'count',
      direction: 'higher',
      aggregation: 'sum',
    });
    expect(metricInfo('cost_per_lead')).toMatchObject({
      label: 'Cost per lead',
      unit: 'cents',
      direction: 'lower',
      aggregation: 'ratio',
    });
    expect(metricInfo('top10_rankings')).toMatchObject({ unit: 'rank', aggregation: 'mean' });
  });
});

describe('seriesPoints', () => {
  it('lists every week of the range, with null where a week has no result', () => {
    expect(seriesPoints([LEADS], 'leads', 'all', '2026-09-01', '2026-09-30')).toEqual([
      { date: '2026-09-07', value: 12, target: 15 },
      { date: '2026-09-14', value: null, target: 15 },
      { date: '2026-09-21', value: 14, target: 15 },
      { date: '2026-09-28', value: 16, target: 15 },
    ]);
  });

  it('stitches weeks across two yearly records', () => {
    const y2025 = makeSeries('leads', 'all', { '2025-12-22': [5, 6], '2025-12-29': [7, 6] });
    const y2026 = makeSeries('leads', 'all', { '2026-01-05': [9, 8] });
    expect(seriesPoints([y2026, y2025], 'leads', 'all', '2025-12-24', '2026-01-11')).toEqual([
      { date: '2025-12-29', value: 7, target: 6 },
      { date: '2026-01-05', value: 9, target: 8 },
    ]);
  });

  it('ignores other channels, other metrics and deleted records', () => {
    const paid = makeSeries('leads', 'paid', { '2026-09-07': [99, 99] });
    const gone = makeSeries('leads', 'all', { '2026-09-07': [77, 77] }, { deleted: true });
    expect(seriesPoints([paid, gone, CPL], 'leads', 'all', '2026-09-07', '2026-09-07')).toEqual([
      { date: '2026-09-07', value: null, target: null },
    ]);
  });
});

describe('periodSummary', () => {
  it('sums leads for September against the targets of the weeks that have results, and compares with August', () => {
    const s = periodSummary([LEADS], 'leads', 'all', parsePeriod('2026-09'));
    expect(s.value).toBe(42); // 12 + 14 + 16
    expect(s.target).toBe(45); // 15 × 3 weeks with results
    expect(s.attainment).toBeCloseTo(42 / 45, 10);
    expect(s.previous).toEqual({ value: 50, target: 60 });
    expect(s.delta).toBe(-8);
    expect(s.deltaPct).toBeCloseTo(-0.16, 10);
    // 14 a week against 10 a week in August: the weekly rate rose 40%.
    expect(s.trend).toBe('rising');
    expect(s.performance).toBe('improving');
    expect(s.points).toHaveLength(4);
  });

  it('computes cost per lead as total spend ÷ total leads, and reads lower as better', () => {
    const s = periodSummary([LEADS, AD_SPEND, CPL], 'cost_per_lead', 'all', parsePeriod('2026-09'));
    expect(s.value).toBe(2_857); // 120,000 ÷ 42 = 2,857.14 cents
    expect(s.target).toBe(3_000);
    expect(s.attainment).toBeCloseTo(3_000 / 2_857, 10);
  });

  it('falls back to the mean weekly cost per lead without spend data', () => {
    const s = periodSummary([CPL], 'cost_per_lead', 'all', parsePeriod('2026-09'));
    expect(s.value).toBeCloseTo(8_500 / 3, 10);
  });

  it('averages rankings instead of adding them up', () => {
    const ranks = makeSeries('top10_rankings', 'organic', {
      '2026-09-07': [10, 15],
      '2026-09-14': [12, 15],
      '2026-09-21': [14, 15],
      '2026-09-28': [null, 15],
    });
    const s = periodSummary([ranks], 'top10_rankings', 'organic', parsePeriod('2026-09'));
    expect(s.value).toBe(12);
    expect(s.target).toBe(15);
    expect(s.attainment).toBeCloseTo(0.8, 10);
  });

  it('calls a 5% change flat, as the seed’s HVAC story does', () => {
    const leads = makeSeries('leads', 'all', {
      '2026-08-03': [20, 30],
      '2026-08-10': [20, 30],
      '2026-08-17': [20, 30],
      '2026-08-24': [20, 30],
      '2026-08-31': [20, 30],
      '2026-09-07': [21, 30],
      '2026-09-14': [21, 30],
      '2026-09-21': [21, 30],
      '2026-09-28': [21, 30],
    });
    const s = periodSummary([leads], 'leads', 'all', parsePeriod('2026-09'));
    expect(s.trend).toBe('flat');
    expect(s.attainment).toBeCloseTo(0.7, 10);
  });

  it('answers with nulls, never NaN, when there is no data', () => {
    const s = periodSummary([], 'revenue_attributed', 'all', parsePeriod('2026-Q3'));
    expect(s).toMatchObject({
      value: null,
      target: null,
      attainment: null,
      previous: null,
      delta: null,
      deltaPct: null,
      trend: 'flat',
    });
    expect(s.points).toHaveLength(13);
    expect(s.points.every((p) => p.value === null)).toBe(true);
  });
});

describe('channelBreakdown', () => {
  it('lists each channel with its share of the total, without the all-channels roll-up', () => {
    const organic = makeSeries('leads', 'organic', { '2026-09-07': [20, 20], '2026-09-14': [10, 20] });
    const paid = makeSeries('leads', 'paid', { '2026-09-07': [4, 10], '2026-09-14': [6, 10] });
    expect(channelBreakdown([LEADS, paid, organic], 'leads', parsePeriod('2026-09'))).toEqual([
      { channel: 'organic', value: 30, target: 40, attainment: 0.75, share: 0.75 },
      { channel: 'paid', value: 10, target: 20, attainment: 0.5, share: 0.25 },
    ]);
  });
});

describe('goalStatus (the series side; the whole rule is in goal-status.test.ts)', () => {
  const goal: Goal = {
    id: 'g-1',
    rev: 1,
    deleted: false,
    updatedAt: '2026-07-01T00:00:00.000Z',
    accountId: 'a-1',
    title: '20 leads a week',
    metric: 'leads',
    channel: 'all',
    baseline: 10,
    target: 20,
    startDate: '2026-07-01',
    dueDate: '2026-12-31',
    status: 'open',
    achievedAt: null,
    valueCents: 0,
    note: '',
  };

  it('measures the last 4 weeks’ level against baseline and target, and the calendar', () => {
    const g = goalStatus(goal, [LEADS], '2026-09-30');
    expect(g.actual).toBe(13); // (10 + 12 + 14 + 16) ÷ 4
    expect(g.progress).toBeCloseTo(0.3, 10);
    expect(g.elapsed).toBeCloseTo(91 / 183, 10);
    // 30% of the way with 50% of the time gone.
    expect(g.status).toBe('behind');
  });

  it('counts falling cost per lead as progress on a cost goal', () => {
    const cost = {
      ...goal,
      metric: 'cost_per_lead' as const,
      baseline: 4_000,
      target: 2_000,
      startDate: '2026-09-01',
      dueDate: '2026-09-30',
    };
    const g = goalStatus(cost, [CPL], '2026-09-30');
    expect(g.direction).toBe('lower');
    expect(g.actual).toBeCloseTo(8_500 / 3, 10);
    expect(g.progress).toBeCloseTo((4_000 - 8_500 / 3) / 2_000, 10);
    expect(g.elapsed).toBe(1);
    expect(g.status).toBe('behind');
  });

  it('has no actual before any result', () => {
    expect(goalStatus(goal, [], '2026-09-30')).toMatchObject({ actual: null, progress: null, status: 'no_data' });
  });
});

describe('roi', () => {
  it('compares value delivered with the investment', () => {
    expect(roi(1_200_000, 1_000_000)).toEqual({
      valueDeliveredCents: 1_200_000,
      investmentCents: 1_000_000,
      netCents: 200_000,
      ratio: 1.2,
      exceedsInvestment: true,
    });
    expect(roi(500, 0)).toMatchObject({ ratio: null, exceedsInvestment: true });
  });
});

describe('formatting', () => {
  it('formats money, percents, numbers and missing values the same way on screen and in decks', () => {
    expect(formatMoney(900_000)).toBe('$9,000');
    expect(formatMoney(123_456)).toBe('$1,234.56');
    expect(formatMoney(12_500_000, { compact: true })).toBe('$125K');
    expect(formatMoney(-250_000_000, { compact: true })).toBe('-$2.5M');
    expect(formatPercent(0.973, 1)).toBe('97.3%');
    expect(formatChangePercent(0.05)).toBe('+5%');
    expect(formatChangePercent(-0.12)).toBe('−12%');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatMetricValue('cost_per_lead', 2_857)).toBe('$28.57');
    expect(formatMetricValue('leads', 1_234)).toBe('1,234');
    expect(formatMetricValue('top10_rankings', 12.34)).toBe('12.3');
    expect(formatMetricValue('leads', null)).toBe('—');
  });

  it('reads a goal that fell below its baseline as "Below baseline", never a negative share of the way', () => {
    // Baseline 100 leads, target 120, now 51.8: (51.8 − 100) / 20 = −2.41 of the way.
    expect(formatGoalProgress((51.8 - 100) / 20)).toBe('Below baseline');
    expect(formatGoalProgress(0)).toBe('0%');
    expect(formatGoalProgress(0.64)).toBe('64%');
    expect(formatGoalProgress(null)).toBe('—');
  });
});
