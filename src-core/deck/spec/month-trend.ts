import type { MetricSeries } from '../../model';
import { metricInfo, periodSummary } from '../../metrics';
import { formatDay, previousPeriod, type Period } from '../../time';
import type { ChartSlide } from '../types';
import { chartSpec } from './chart-data';
import { aggregationWords, chartFormat, chartValue, channelLabel, kpiTable, type Kpi } from './kpis';
import { droppedNote, notesText, periodRange } from './notes';

/** How many months a value report's trend shows, the report's month last. */
export const TREND_MONTHS = 6;

/** The report's month and the five before it, oldest first. */
export function trendMonths(period: Period, count = TREND_MONTHS): Period[] {
  const months = [period];
  while (months.length < count) months.unshift(previousPeriod(months[0]!));
  return months;
}

/**
 * One key KPI at a glance, as a native chart: its monthly result over six months against the
 * monthly target (bars for totals, a line for averages and ratios), with this month against last
 * month and target beside it. Every monthly figure is `periodSummary`, as on the account screen.
 */
export function monthTrendSlide(
  series: readonly MetricSeries[],
  kpi: Kpi,
  period: Period,
  optional: boolean,
): ChartSlide {
  const info = metricInfo(kpi.metric);
  const months = trendMonths(period);
  const summaries = months.map((m) => periodSummary(series, kpi.metric, kpi.channel, m));
  const categories = months.map(shortMonth);
  const { dropped, leftOut, ...chart } = chartSpec(
    info.aggregation === 'sum' ? 'bar' : 'line',
    categories,
    [
      { name: info.label, values: summaries.map((s) => chartValue(kpi.metric, s.value)) },
      { name: 'Target', values: summaries.map((s) => chartValue(kpi.metric, s.target)) },
    ],
    chartFormat(kpi.metric),
  );
  const first = months[0]!;
  return {
    key: `month-${kpi.metric}`,
    kind: 'chart',
    // One line even for the longest KPI name on a template's narrower title: "Revenue attributed: Apr–Sep 2026".
    title: `${info.label}: ${monthSpan(first, period)}`,
    optional,
    chart,
    table: kpiTable(kpi, period, previousPeriod(period)),
    bullets: [],
    commentary: null,
    notes: notesText([
      `${info.label}, ${channelLabel(kpi.channel)}, month by month from ${formatDay(first.start)} to ${formatDay(period.end)}; ${periodRange(period)} against ${previousPeriod(period).label}.`,
      `A month's figure is ${aggregationWords(kpi.metric)} over the weeks that start in it; its target likewise.`,
      droppedNote({ dropped, leftOut }, 'month'),
    ]),
  };
}

/** `Apr–Sep 2026`, or `Nov 2025–Apr 2026` across a year. */
function monthSpan(first: Period, last: Period): string {
  const from = first.key.slice(0, 4) === last.key.slice(0, 4) ? first.label.slice(0, 3) : shortMonth(first);
  return `${from}–${shortMonth(last)}`;
}

/** `Sep 2026`. */
function shortMonth(m: Period): string {
  return `${m.label.slice(0, 3)} ${m.key.slice(0, 4)}`;
}
