import type { Channel, MetricKey, MetricSeries } from '../../../src-core/model';
import { makeSeries as baseSeries } from '../../builders';

/** A yearly series from `{ 'YYYY-MM-DD': [value, target] }`; dates must be Mondays of one year. */
export function makeSeries(
  metric: MetricKey,
  channel: Channel,
  weeks: Record<string, [number | null, number | null]>,
  overrides: Partial<MetricSeries> = {},
): MetricSeries {
  const dates = Object.keys(weeks).sort();
  return baseSeries({
    id: `m-${metric}-${channel}-${dates[0]?.slice(0, 4) ?? 'x'}`,
    updatedAt: '2026-10-01T00:00:00.000Z',
    accountId: 'a-1',
    metric,
    channel,
    year: Number(dates[0]?.slice(0, 4) ?? 2026),
    dates,
    values: dates.map((d) => weeks[d]![0]),
    targets: dates.map((d) => weeks[d]![1]),
    ...overrides,
  });
}

/** August 2026 (5 Mondays) and September 2026 (4 Mondays) of leads, all channels. */
export const LEADS = makeSeries('leads', 'all', {
  '2026-08-03': [10, 12],
  '2026-08-10': [10, 12],
  '2026-08-17': [10, 12],
  '2026-08-24': [10, 12],
  '2026-08-31': [10, 12],
  '2026-09-07': [12, 15],
  '2026-09-14': [null, 15],
  '2026-09-21': [14, 15],
  '2026-09-28': [16, 15],
});

export const AD_SPEND = makeSeries('ad_spend', 'all', {
  '2026-09-07': [30_000, null],
  '2026-09-14': [null, null],
  '2026-09-21': [42_000, null],
  '2026-09-28': [48_000, null],
});

export const CPL = makeSeries('cost_per_lead', 'all', {
  '2026-09-07': [2_500, 3_000],
  '2026-09-14': [null, 3_000],
  '2026-09-21': [3_000, 3_000],
  '2026-09-28': [3_000, 3_000],
});
