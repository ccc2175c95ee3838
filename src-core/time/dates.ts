/**
 * Calendar arithmetic on ISO strings, in UTC. Every function takes its "now" from the caller:
 * the core never reads the clock.
 */

const DAY_MS = 86_400_000;

// Day numbers come from Date.UTC on the digits and printed days are memoised: the demo book and
// book-wide health call these about a million times, and ISO parsing and printing dominated.
const printed = new Map<number, string>();
const MAX_PRINTED = 50_000;

function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(n: number): string {
  let text = printed.get(n);
  if (text === undefined) {
    if (printed.size >= MAX_PRINTED) printed.clear();
    text = new Date(n * DAY_MS).toISOString().slice(0, 10);
    printed.set(n, text);
  }
  return text;
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Monday of the ISO week containing the date. */
export function mondayOf(isoDate: string): string {
  const n = dayNumber(isoDate);
  return fromDayNumber(n - weekdayOfDay(n));
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(isoDate: string): number {
  return weekdayOfDay(dayNumber(isoDate));
}

// 1970-01-01 (day 0) was a Thursday, so (day + 3) mod 7 is 0 on Mondays; days before 1970 are negative.
function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function addMinutes(isoDateTime: string, minutes: number): string {
  return new Date(Date.parse(isoDateTime) + minutes * 60_000).toISOString();
}

/** Mondays from `from` through `to` inclusive (both snapped to their week). */
export function weekStarts(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = mondayOf(from); d <= to; d = addDays(d, 7)) out.push(d);
  return out;
}
