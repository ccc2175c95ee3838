import type { Channel, MetricKey, MetricSeries } from '../model';
import { addDays, mondayOf } from '../time';

export interface MetricPoint {
  /** Monday of the week. */
  date: string;
  value: number | null;
  target: number | null;
}

/**
 * Weekly points of one metric and channel from `from` through `to` (inclusive), stitched across
 * the yearly series records of ONE account. A week belongs to the day range that holds its
 * Monday, so every week is counted in exactly one month, quarter and year.
 * Weeks without data come back with null value and target: charts show the gap honestly.
 */
export function seriesPoints(series: readonly MetricSeries[], metric: MetricKey, channel: Channel, from: string, to: string): MetricPoint[] {
  const byDate = indexWeeks(series, metric, channel, from, to);
  const points: MetricPoint[] = [];
  let monday = mondayOf(from);
  if (monday < from) monday = addDays(monday, 7);
  for (; monday <= to; monday = addDays(monday, 7)) {
    const found = byDate.get(monday);
    points.push({ date: monday, value: found?.value ?? null, target: found?.target ?? null });
  }
  return points;
}

function indexWeeks(series: readonly MetricSeries[], metric: MetricKey, channel: Channel, from: string, to: string) {
  const byDate = new Map<string, { value: number | null; target: number | null }>();
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  for (const s of series) {
    if (s.deleted || s.metric !== metric || s.channel !== channel || s.year < fromYear || s.year > toYear) continue;
    s.dates.forEach((date, i) => {
      if (date < from || date > to) return;
      // Dates in a series are Mondays by contract; snap anyway so an imported series lines up.
      byDate.set(mondayOf(date), { value: s.values[i] ?? null, target: s.targets[i] ?? null });
    });
  }
  return byDate;
}

/** Whether any of the account's series holds this metric and channel. */
export function hasSeries(series: readonly MetricSeries[], metric: MetricKey, channel: Channel): boolean {
  return series.some((s) => !s.deleted && s.metric === metric && s.channel === channel);
}
