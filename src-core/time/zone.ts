import { tzOffset } from '@date-fns/tz';
import { addDays } from './dates';

/**
 * Instants and wall clocks. An instant is ISO 8601 text WITH its offset (`…Z` or `…-05:00`):
 * it names one moment whatever zone reads it. A day or a time of day only means something in a
 * zone: the CSM's (settings, defaulting to the laptop's) for "today", business hours and month
 * boundaries; an account's for times a client reads ("your call at 10:00"). Zone rules come
 * come from the runtime's time-zone data through @date-fns/tz's `tzOffset`, the same in Node and
 * Chromium whatever zone the machine itself is in (its `TZDate` constructor resolves a repeated
 * hour by the machine's own zone, so wall clocks are resolved here from `tzOffset` alone).
 */

export const UTC = 'UTC';

const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const checked = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone (`America/Chicago`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  let ok = checked.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone);
    } catch {
      ok = false;
    }
    checked.set(zone, ok);
  }
  return ok;
}

/** Milliseconds of an instant read with its own offset; NaN for text without a zone (never guessed). */
export function instantMs(instant: string): number {
  return ZONED.test(instant) ? Date.parse(instant) : Number.NaN;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

// Zones change offset only on quarter-hour marks of UTC (offsets are whole quarter hours and the
// clocks change on whole local hours), so one reading of the zone rules holds for its whole
// quarter hour; and on all but two days a year a zone keeps one offset from the first quarter hour
// of a UTC day to the last (no zone changes its clocks and back within a day), so that day is read
// twice, not once per quarter hour: book-wide figures read thousands of instants across years.
const offsets = new Map<string, number>();
const MAX_OFFSETS = 100_000;
const dayOffsets = new Map<string, number | null>();

/** `tzOffset` (minutes east of UTC) at an instant. */
function offsetAt(zone: string, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone}|${day}`;
  let whole = dayOffsets.get(key);
  if (whole === undefined) {
    const first = quarterOffset(zone, day * DAY_MS);
    whole = first === quarterOffset(zone, (day + 1) * DAY_MS - QUARTER_HOUR_MS) ? first : null;
    if (dayOffsets.size >= MAX_OFFSETS) dayOffsets.clear();
    dayOffsets.set(key, whole);
  }
  return whole ?? quarterOffset(zone, ms);
}

/** `tzOffset` at an instant, read once per zone and quarter hour. */
function quarterOffset(zone: string, ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${zone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(bucket * QUARTER_HOUR_MS));
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall clock of an instant in a zone, as a Date whose UTC fields read that wall clock. */
function wallClock(instant: string | number, zone: string): Date {
  const ms = typeof instant === 'number' ? instant : instantMs(instant);
  return new Date(ms + offsetAt(zone, ms) * MINUTE_MS);
}

// Book-wide figures ask for the day of the same few thousand instants again and again (every
// rhythm of the cadence, every month of contact coverage); reading the zone rules costs far more
// than a lookup.
const days = new Map<string, string>();
const MAX_DAYS = 50_000;

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a zone. */
export function dayIn(instant: string | number, zone: string): string {
  const key = `${instant}|${zone}`;
  let day = days.get(key);
  if (day === undefined) {
    const d = wallClock(instant, zone);
    day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (days.size >= MAX_DAYS) days.clear();
    days.set(key, day);
  }
  return day;
}

/** The wall clock (`HH:MM`) an instant shows in a zone. */
export function timeIn(instant: string | number, zone: string): string {
  const d = wallClock(instant, zone);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "Today" for someone in `zone` at `now`. */
export function todayIn(now: string, zone: string): string {
  return dayIn(now, zone);
}

/**
 * The instant (UTC text) at which the wall clock in `zone` shows `time` (`HH:MM` or `HH:MM:SS`) on
 * `day`. A time skipped by a daylight-saving jump moves forward with the clock (02:30 on a
 * spring-forward day is 03:30); a repeated one is its first occurrence. CRM exports and calendars
 * write local times without an offset; they are read through here too.
 */
export function instantAt(day: string, time: string, zone: string): string {
  const key = `${day}T${time}|${zone}`;
  let found = resolved.get(key);
  if (found === undefined) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    found = resolveWallClock(day, time, zone);
    resolved.set(key, found);
  }
  return found;
}

// Book-wide figures ask for the same few day boundaries thousands of times.
const resolved = new Map<string, string>();
const MAX_RESOLVED = 20_000;

function resolveWallClock(day: string, time: string, zone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  // The offsets in force a day either side; they differ only when the clocks change that day.
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  const fits = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((t) => offsetAt(zone, t) * MINUTE_MS === wall - t);
  return new Date(fits.length > 0 ? Math.min(...fits) : wall - before * MINUTE_MS).toISOString();
}

/** The instants bounding a day in a zone: `[from, to)`, 23 or 25 hours long across a DST change. */
export function dayRangeIn(day: string, zone: string): { from: string; to: string } {
  return { from: instantAt(day, '00:00', zone), to: instantAt(addDays(day, 1), '00:00', zone) };
}

/** The last millisecond of a day in a zone: "as of the end of that day". */
export function endOfDayIn(day: string, zone: string): string {
  return new Date(Date.parse(dayRangeIn(day, zone).to) - 1).toISOString();
}
