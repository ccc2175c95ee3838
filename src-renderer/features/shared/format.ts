import { daysBetween, formatDateTimeIn, formatDay } from '../../../src-core/time';

/**
 * How numbers and dates read on screen. Money and numbers come from the core's one formatter
 * (the same text as the decks); calendar days are formatted as written, so a date never shifts
 * by a day with a zone; instants are read on the CSM's clock with the zone named.
 */

const SHORT_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** Money and numbers print the same on every screen and in every deck: one owner in the core. */
export { formatMoney } from '../../../src-core/metrics/format';

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** `Mar 4, 2026` (the core's one day format, which the emails and talking points use too). */
export function formatDate(isoDate: string): string {
  return formatDay(isoDate);
}

/** `Mar 4` (chart axes). */
export function formatShortDate(isoDate: string): string {
  return SHORT_DAY.format(utcDay(isoDate));
}

/** `March 4` from a contact's `MM-DD` birthday (the year is never shown). */
export function formatBirthday(monthDay: string): string {
  return MONTH_DAY.format(new Date(`2000-${monthDay}T00:00:00Z`));
}

/** `Mar 4, 2026, 2:30 PM CST` on the CSM's clock (`useTimeZone()`), the zone named. */
export function formatDateTime(isoDateTime: string, zone: string): string {
  return formatDateTimeIn(isoDateTime, zone);
}

/** "today", "tomorrow", "in 12 days", "yesterday", "3 days ago", from `today` to `isoDate`. */
export function relativeDays(today: string, isoDate: string): string {
  const days = daysBetween(today, isoDate.slice(0, 10));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** A closed-vocabulary value in plain words (shared with the decks). */
export { labelOf } from '../../../src-core/model/labels';
