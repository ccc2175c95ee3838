import type { Channel, MetricKey } from '../model';
import type { KpiStream } from './kpi-timeline';

export interface MonthAverage {
  /** Average weekly value over the weeks starting in the month, rounded. */
  value: number;
  target: number;
}

/**
 * A KPI's weekly average over the weeks starting in a month (`YYYY-MM`), so that the words the
 * CSM wrote in a monthly insight agree with the charts. An average, not a total: months have
 * four or five Mondays, and totals would swing 25% on the calendar alone.
 */
export function monthAverage(
  streams: readonly KpiStream[],
  metric: MetricKey,
  channel: Channel,
  month: string,
): MonthAverage | null {
  const stream = streams.find((s) => s.metric === metric && s.channel === channel);
  if (!stream) return null;
  let value = 0;
  let target = 0;
  let weeks = 0;
  stream.dates.forEach((d, i) => {
    if (!d.startsWith(month)) return;
    value += stream.values[i] ?? 0;
    target += stream.targets[i] ?? 0;
    weeks++;
  });
  return weeks === 0 ? null : { value: Math.round(value / weeks), target: Math.round(target / weeks) };
}

/** Percentage change from `before` to `after`, rounded; null when there is no base. */
export function percentChange(before: number, after: number): number | null {
  return before > 0 ? Math.round(((after - before) / before) * 100) : null;
}
