import type { MetricKey, MetricSeries } from '../../model';
import { channelBreakdown, formatMetricValue, formatPercent, metricInfo } from '../../metrics';
import type { Period } from '../../time';
import type { ChartSlide } from '../types';
import { chartSpec } from './chart-data';
import { chartFormat, chartValue, channelLabel } from './kpis';
import { droppedNote, notesText, periodRange } from './notes';

/** Channel performance: one bar per channel for the period's value against its target. */
export function channelSlide(series: readonly MetricSeries[], metric: MetricKey, period: Period): ChartSlide | null {
  const rows = channelBreakdown(series, metric, period);
  if (rows.length === 0) return null;
  const info = metricInfo(metric);
  const categories = rows.map((r) => capitalise(channelLabel(r.channel)));
  const candidates = [
    { name: info.label, values: rows.map((r) => chartValue(metric, r.value)) },
    { name: 'Target', values: rows.map((r) => chartValue(metric, r.target)) },
  ].filter((s) => s.values.some((v) => v !== null));
  const { dropped, leftOut, gaps: _gaps, ...chart } = chartSpec('bar', categories, candidates, chartFormat(metric));
  return {
    key: 'channels',
    kind: 'chart',
    title: `Channel performance: ${info.label.toLowerCase()}`,
    optional: true,
    chart,
    table: {
      columns: ['Channel', info.shortLabel, 'Of target', 'Share'],
      widths: [2.5, 2, 2.5, 2],
      align: ['left', 'right', 'right', 'right'],
      rows: rows
        .slice(0, 8)
        .map((r) => [
          capitalise(channelLabel(r.channel)),
          formatMetricValue(metric, r.value),
          formatPercent(r.attainment),
          formatPercent(r.share),
        ]),
    },
    bullets: [],
    commentary: null,
    notes: notesText([
      `${info.label} by channel, ${periodRange(period)}, from each channel's weekly series (the all-channels roll-up is left out).`,
      "Share is the channel's part of the sum of channels.",
      droppedNote({ dropped, leftOut }, 'channel'),
    ]),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
