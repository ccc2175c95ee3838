import type { Settings } from '../settings';
import { addDays, weekdayIndex } from '../time';

export type BusinessHours = Settings['businessHours'];

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1_440;

/**
 * Business hours are local and timezone-free: a ticket stamped `2026-09-04T16:00:00-05:00` was
 * opened at 16:00 on the CSM's and client's clock, which is what "reply within 2 business hours"
 * means. So we read the wall-clock time as written and ignore the offset; both ends of an
 * interval must be stamped the same way (the app stamps them all the same way).
 */
function wallClockMinutes(iso: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!m) return Date.parse(iso) / MINUTE_MS;
  return Date.parse(`${m[1]}T00:00:00Z`) / MINUTE_MS + Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
}

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function dayOf(minutes: number): string {
  return new Date(Math.floor(minutes / DAY_MINUTES) * DAY_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
}

/**
 * Minutes of business time from `from` to `to`: a message at 17:00 Friday answered at 9:00
 * Monday took 60 minutes (30 on Friday until 17:30, 30 on Monday from 8:30). Zero when `to`
 * is not after `from`.
 */
export function businessMinutesBetween(from: string, to: string, hours: BusinessHours): number {
  const a = wallClockMinutes(from);
  const b = wallClockMinutes(to);
  if (!(b > a)) return 0;
  const open = clockMinutes(hours.start);
  const close = clockMinutes(hours.end);
  let total = 0;
  for (let day = dayOf(a); day <= dayOf(b); day = addDays(day, 1)) {
    if (!hours.workdays.includes(weekdayIndex(day))) continue;
    const base = Date.parse(`${day}T00:00:00Z`) / MINUTE_MS;
    const start = Math.max(a, base + open);
    const end = Math.min(b, base + close);
    if (end > start) total += end - start;
  }
  return Math.round(total);
}

/** The instant (wall-clock, as `YYYY-MM-DDTHH:MM:00`) that is `minutes` business minutes after `from`. */
export function addBusinessMinutes(from: string, minutes: number, hours: BusinessHours): string {
  const open = clockMinutes(hours.start);
  const close = clockMinutes(hours.end);
  let at = wallClockMinutes(from);
  let left = minutes;
  for (let guard = 0; guard < 3_700; guard++) {
    const day = dayOf(at);
    const base = Date.parse(`${day}T00:00:00Z`) / MINUTE_MS;
    if (hours.workdays.includes(weekdayIndex(day)) && at < base + close) {
      const start = Math.max(at, base + open);
      if (start + left <= base + close) return formatWallClock(start + left);
      left -= base + close - start;
    }
    at = base + DAY_MINUTES;
  }
  return formatWallClock(at);
}

/** The date `days` business days after `date` (3 business days after a Friday is Wednesday). */
export function addBusinessDays(date: string, days: number, hours: BusinessHours): string {
  let d = date.slice(0, 10);
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (hours.workdays.includes(weekdayIndex(d))) left--;
  }
  return d;
}

/** The wall-clock instant the workday ends on that date: the "end of day" for unanswered messages. */
export function endOfBusinessDay(date: string, hours: BusinessHours): string {
  return `${date.slice(0, 10)}T${hours.end}:00`;
}

function formatWallClock(minutes: number): string {
  return `${new Date(Math.round(minutes) * MINUTE_MS).toISOString().slice(0, 16)}:00`;
}

/** Wall-clock comparison of two instants, ignoring their offsets (see above). */
export function wallClockBefore(a: string, b: string): boolean {
  return wallClockMinutes(a) < wallClockMinutes(b);
}
