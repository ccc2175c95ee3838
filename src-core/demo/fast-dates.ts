/**
 * The calendar helpers of `src-core/time`, same results, tuned for the generator: a 500-account
 * book calls them about a million times, and parsing and printing ISO strings dominated its run
 * time. Day numbers come from Date.UTC on the digits; printed days are memoised (a few thousand).
 */

const DAY_MS = 86_400_000;
const printed = new Map<number, string>();

function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOf(day: number): string {
  let text = printed.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    printed.set(day, text);
  }
  return text;
}

export function addDays(date: string, days: number): string {
  return dateOf(dayOf(date) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayOf(b) - dayOf(a);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (((dayOf(date) + 3) % 7) + 7) % 7;
}

/** Monday of the week containing the date. */
export function mondayOf(date: string): string {
  const day = dayOf(date);
  return dateOf(day - ((((day + 3) % 7) + 7) % 7));
}
