import { CHANNELS, type Channel, type MetricKey, type MetricSeries } from '../../model';
import {
  formatChangePercent,
  formatMetricValue,
  formatPercent,
  hasSeries,
  metricInfo,
  periodSummary,
  seriesPoints,
  type PeriodSummary,
} from '../../metrics';
import { previousPeriod, type Period } from '../../time';
import type { ChartSlide, StatCard, TableSpec, ValueFormat } from '../types';
import { chartSpec, type RawSeries } from './chart-data';
import { droppedNote, notesText, periodRange } from './notes';

/** The KPIs a client reads first; a deck shows the ones the account has, in this order. */
export const KPI_PRIORITY: MetricKey[] = [
  'leads',
  'booked_jobs',
  'calls',
  'revenue_attributed',
  'cost_per_lead',
  'organic_traffic',
  'top10_rankings',
  'ad_spend',
];
export const MAX_KPI_SLIDES = 4;

export interface Kpi {
  metric: MetricKey;
  channel: Channel;
  summary: PeriodSummary;
}

/** Each metric the account tracks, on all channels when it has that roll-up, else its first channel. */
export function accountKpis(series: readonly MetricSeries[], period: Period, limit: number = MAX_KPI_SLIDES): Kpi[] {
  const kpis: Kpi[] = [];
  for (const metric of KPI_PRIORITY) {
    const channel = CHANNELS.find((c) => hasSeries(series, metric, c));
    if (!channel) continue;
    const summary = periodSummary(series, metric, channel, period);
    if (summary.value === null && summary.previous?.value == null) continue;
    kpis.push({ metric, channel, summary });
    if (kpis.length >= limit) break;
  }
  return kpis;
}

export function channelLabel(channel: Channel): string {
  return channel === 'all' ? 'all channels' : channel.replace('_', ' ');
}

export function chartFormat(metric: MetricKey): ValueFormat {
  const unit = metricInfo(metric).unit;
  return unit === 'cents' ? 'money' : unit === 'rank' ? 'decimal' : 'count';
}

/** Chart values are in the unit a person reads: dollars, not cents. */
export function chartValue(metric: MetricKey, v: number | null): number | null {
  if (v === null) return null;
  return metricInfo(metric).unit === 'cents' ? v / 100 : v;
}

export function kpiStat(kpi: Kpi, previousLabel: string): StatCard {
  const s = kpi.summary;
  const parts = [
    s.target !== null ? `Target ${formatMetricValue(kpi.metric, s.target)} (${formatPercent(s.attainment)})` : null,
    s.deltaPct !== null ? `${formatChangePercent(s.deltaPct)} vs ${previousLabel}` : null,
  ].filter(Boolean);
  const tone = s.attainment === null ? 'neutral' : s.attainment >= 1 ? 'good' : s.attainment < 0.9 ? 'bad' : 'neutral';
  return {
    label: metricInfo(kpi.metric).label,
    value: formatMetricValue(kpi.metric, s.value),
    detail: parts.join(' · ') || 'No target set',
    tone,
  };
}

/** "This quarter vs last": weekly lines for both periods and this period's target, with the totals beside. */
export function kpiTrendSlide(
  series: readonly MetricSeries[],
  kpi: Kpi,
  period: Period,
  optional: boolean,
): ChartSlide {
  const prev = previousPeriod(period);
  const now = seriesPoints(series, kpi.metric, kpi.channel, period.start, period.end);
  const before = seriesPoints(series, kpi.metric, kpi.channel, prev.start, prev.end);
  const weeks = Math.max(now.length, before.length);
  const categories = Array.from({ length: weeks }, (_, i) => `W${i + 1}`);
  const candidates: RawSeries[] = [
    { name: period.label, values: categories.map((_, i) => chartValue(kpi.metric, now[i]?.value ?? null)) },
    { name: prev.label, values: categories.map((_, i) => chartValue(kpi.metric, before[i]?.value ?? null)) },
    {
      name: `Target ${period.label}`,
      values: categories.map((_, i) => chartValue(kpi.metric, now[i]?.target ?? null)),
    },
  ];
  const { dropped, leftOut, gaps, ...chartOnly } = chartSpec('line', categories, candidates, chartFormat(kpi.metric));
  const info = metricInfo(kpi.metric);
  return {
    key: `kpi-${kpi.metric}`,
    kind: 'chart',
    title: `${info.label}: ${period.label} vs ${prev.label}`,
    optional,
    chart: chartOnly,
    table: kpiTable(kpi, period, prev),
    bullets: [],
    commentary: null,
    notes: notesText([
      `${info.label}, ${channelLabel(kpi.channel)}, weekly series: ${periodRange(period)} against ${periodRange(prev)}.`,
      `${info.label} over a period is ${aggregationWords(kpi.metric)}; the target is the same over the weeks that have results.`,
      `Change compares the two periods' totals.`,
      droppedNote({ dropped, leftOut }),
      gapsNote(gaps),
    ]),
  };
}

/** This period against the one before and the target, beside a KPI's chart. */
export function kpiTable(kpi: Kpi, period: Period, prev: Period): TableSpec {
  const s = kpi.summary;
  const f = (v: number | null | undefined) => formatMetricValue(kpi.metric, v ?? null);
  return {
    columns: ['Measure', 'Value'],
    widths: [3, 2],
    align: ['left', 'right'],
    rows: [
      [period.label, f(s.value)],
      [prev.label, f(s.previous?.value)],
      ['Change', formatChangePercent(s.deltaPct)],
      ['Target', f(s.target)],
      ['Of target', formatPercent(s.attainment)],
    ],
  };
}

/** "Q2 2026 has no data for 1 week: a gap in its line." */
function gapsNote(gaps: readonly { name: string; missing: number }[]): string | null {
  if (gaps.length === 0) return null;
  const parts = gaps.map((g) => `${g.name} has no data for ${g.missing} week${g.missing === 1 ? '' : 's'}`);
  return `${parts.join('; ')}: gaps in the line, the other weeks are drawn as recorded.`;
}

export function aggregationWords(metric: MetricKey): string {
  const how = metricInfo(metric).aggregation;
  if (how === 'sum') return 'the sum of its weekly values';
  if (how === 'mean') return 'the mean of its weekly values';
  return 'total ad spend divided by total leads';
}
