import type { MetricSeries } from '../model';
import { scopedRow, type DemoContext } from './context';
import type { KpiStream } from './kpi-timeline';

/**
 * Cuts each weekly stream into one record per calendar year (DESIGN §3: IndexedDB pays per
 * record, so a year of weeks travels as one row). A week belongs to the year of its Monday.
 */
export function toYearlySeries(ctx: DemoContext, accountId: string, streams: readonly KpiStream[]): MetricSeries[] {
  const rows: MetricSeries[] = [];
  for (const stream of streams) {
    let from = 0;
    while (from < stream.dates.length) {
      const year = (stream.dates[from] as string).slice(0, 4);
      let to = from;
      while (to < stream.dates.length && (stream.dates[to] as string).startsWith(year)) to++;
      const dates = stream.dates.slice(from, to);
      rows.push({
        // Series are refreshed nightly from the client's analytics; the last load is the morning of the week's end.
        ...scopedRow(ctx, accountId, lastLoad(ctx, dates[dates.length - 1] as string)),
        metric: stream.metric,
        channel: stream.channel,
        year: Number(year),
        dates,
        values: stream.values.slice(from, to),
        targets: stream.targets.slice(from, to),
      });
      from = to;
    }
  }
  return rows;
}

function lastLoad(ctx: DemoContext, lastWeek: string): string {
  const weekEnd = new Date(Date.parse(`${lastWeek}T06:00:00.000Z`) + 7 * 86_400_000).toISOString();
  return weekEnd < ctx.now ? weekEnd : `${ctx.asOf}T06:00:00.000Z`;
}
