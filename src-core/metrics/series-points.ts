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
export function seriesPoints(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  from: string,
  to: string,
): MetricPoint[] {
  const mondays = mondaysIn(from, to);
  const byDate = indexWeeks(series, metric, channel, from, to, mondays);
  return mondays.map((date) => {
    const found = byDate.get(date);
    return { date, value: found?.value ?? null, target: found?.target ?? null };
  });
}

// Every account asks for the same few windows (this quarter, the last 90 days…), and date
// arithmetic dominates a book-wide recompute, so the Mondays of a range are computed once.
const MONDAY_CACHE_LIMIT = 2_000;
const mondayCache = new Map<string, readonly string[]>();

function mondaysIn(from: string, to: string): readonly string[] {
  const key = `${from}|${to}`;
  const cached = mondayCache.get(key);
  if (cached) return cached;
  const out: string[] = [];
  let monday = mondayOf(from);
  if (monday < from) monday = addDays(monday, 7);
  for (; monday <= to; monday = addDays(monday, 7)) out.push(monday);
  if (mondayCache.size >= MONDAY_CACHE_LIMIT) mondayCache.clear();
  mondayCache.set(key, out);
  return out;
}

function indexWeeks(
  series: readonly MetricSeries[],
  metric: MetricKey,
  channel: Channel,
  from: string,
  to: string,
  mondays: readonly string[],
) {
  const byDate = new Map<string, { value: number | null; target: number | null }>();
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const isMonday = new Set(mondays);
  for (const s of series) {
    if (s.deleted || s.metric !== metric || s.channel !== channel || s.year < fromYear || s.year > toYear) continue;
    s.dates.forEach((date, i) => {
      if (date < from || date > to) return;
      // Dates in a series are Mondays by contract; snap the odd imported one so it lines up.
      byDate.set(isMonday.has(date) ? date : mondayOf(date), {
        value: s.values[i] ?? null,
        target: s.targets[i] ?? null,
      });
    });
  }
  return byDate;
}

/** Whether any of the account's series holds this metric and channel. */
export function hasSeries(series: readonly MetricSeries[], metric: MetricKey, channel: Channel): boolean {
  return series.some((s) => !s.deleted && s.metric === metric && s.channel === channel);
}
