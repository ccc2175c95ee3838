import { daysBetween } from '../../../src-core/time';

/**
 * How numbers and dates read on screen. Money is stored as integer cents and shown in whole
 * dollars unless cents matter (cost per lead); calendar days are formatted in UTC so a date
 * never shifts by a day with the laptop's time zone.
 */

const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const DOLLARS_AND_CENTS = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `$1,235` from 123_456 cents (rounded to the dollar). */
export function formatMoney(cents: number): string {
  return DOLLARS.format(Math.round(cents / 100));
}

/** `$1,234.56` from 123_456 cents. */
export function formatMoneyExact(cents: number): string {
  return DOLLARS_AND_CENTS.format(cents / 100);
}

export function formatNumber(value: number): string {
  return WHOLE.format(value);
}

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** `Mar 4, 2026`. */
export function formatDate(isoDate: string): string {
  return DAY.format(utcDay(isoDate));
}

/** `Mar 4` (chart axes). */
export function formatShortDate(isoDate: string): string {
  return SHORT_DAY.format(utcDay(isoDate));
}

/** `March 4` from a contact's `MM-DD` birthday (the year is never shown). */
export function formatBirthday(monthDay: string): string {
  return MONTH_DAY.format(new Date(`2000-${monthDay}T00:00:00Z`));
}

/** `Mar 4, 2026, 2:30 PM` in the laptop's time zone: instants are when something happened here. */
export function formatDateTime(isoDateTime: string): string {
  return new Date(isoDateTime).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** "today", "tomorrow", "in 12 days", "yesterday", "3 days ago", from `today` to `isoDate`. */
export function relativeDays(today: string, isoDate: string): string {
  const days = daysBetween(today, isoDate.slice(0, 10));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Whole days since an instant or date, or null when it never happened. */
export function daysSince(today: string, isoDateOrTime: string | null): number | null {
  return isoDateOrTime === null ? null : daysBetween(isoDateOrTime.slice(0, 10), today);
}

/** A closed-vocabulary value in plain words (shared with the decks). */
export { labelOf } from '../../../src-core/model/labels';

/** A person's local calendar day, `YYYY-MM-DD`; the renderer may read the clock, the core may not. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
