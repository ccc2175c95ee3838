import { addDays, addMinutes, weekdayIndex } from '../time';

/**
 * The CSM's working day, in their own time zone. The core works in UTC instants; the renderer
 * passes the laptop's offset (minutes east of UTC, e.g. -300 for US Central summer time) so
 * "since yesterday 17:30" means 17:30 where the CSM sits.
 */

/** The SOP's day: log in by 8:30, typical workday ends 5:30–6:00 PM (seeds/000). */
export const START_OF_DAY = '08:30';
export const END_OF_DAY = '17:30';

export interface WorkdayOptions {
  utcOffsetMinutes: number;
  endOfDay: string;
}

export const DEFAULT_WORKDAY: WorkdayOptions = { utcOffsetMinutes: 0, endOfDay: END_OF_DAY };

/** The CSM's calendar day at this instant. */
export function localDate(now: string, utcOffsetMinutes: number): string {
  return addMinutes(now, utcOffsetMinutes).slice(0, 10);
}

/** The UTC instant of a local wall-clock time (`HH:MM`) on a local day. */
export function localInstant(date: string, time: string, utcOffsetMinutes: number): string {
  return addMinutes(`${date}T${time}:00.000Z`, -utcOffsetMinutes);
}

/** UTC instants bounding one local day: [start, end). */
export function localDayRange(date: string, utcOffsetMinutes: number): { from: string; to: string } {
  return {
    from: localInstant(date, '00:00', utcOffsetMinutes),
    to: localInstant(addDays(date, 1), '00:00', utcOffsetMinutes),
  };
}

export function isWorkday(date: string): boolean {
  return weekdayIndex(date) < 5;
}

/** Monday–Friday days from `from` through `to`, inclusive. */
export function workdaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d)) out.push(d);
  return out;
}

/** The last workday before `date` (Monday's is the Friday before). */
export function previousWorkday(date: string): string {
  let d = addDays(date, -1);
  while (!isWorkday(d)) d = addDays(d, -1);
  return d;
}
