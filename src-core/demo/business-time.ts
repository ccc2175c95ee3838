import { addDays, weekdayIndex } from '../time/dates';

/**
 * The agency's working week, used to place touchpoints and measure ticket response: Monday to
 * Friday, 09:00–17:30. Demo times are written in UTC and read as the agency's local time.
 */
export const WORKDAY_START_MINUTE = 9 * 60;
export const WORKDAY_END_MINUTE = 17 * 60 + 30;

export function isBusinessDay(date: string): boolean {
  return weekdayIndex(date) < 5;
}

/** The date itself when it is a weekday, else the next Monday. */
export function onOrAfterBusinessDay(date: string): string {
  let d = date;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

export function addBusinessDays(date: string, days: number): string {
  if (days <= 0) return date;
  // From a weekend, counting starts as if from the Friday before; whole weeks are 7 calendar days.
  const weekday = weekdayIndex(date);
  let d = weekday < 5 ? date : addDays(date, 4 - weekday);
  d = addDays(d, Math.floor(days / 5) * 7);
  for (let left = days % 5; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** The n-th business day (0 = first) of the month starting `monthStart`. */
export function nthBusinessDay(monthStart: string, n: number): string {
  return addBusinessDays(onOrAfterBusinessDay(monthStart), n);
}

function minuteOfDay(instant: string): number {
  return Number(instant.slice(11, 13)) * 60 + Number(instant.slice(14, 16));
}

function at(date: string, minute: number): string {
  return `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
}

/** Moves forward `minutes` of working time: a message at 17:00 answered 60 working minutes later is answered at 09:30 next day. */
export function addBusinessMinutes(instant: string, minutes: number): string {
  let date = instant.slice(0, 10);
  let minute = minuteOfDay(instant);
  if (!isBusinessDay(date) || minute >= WORKDAY_END_MINUTE) {
    date = onOrAfterBusinessDay(addDays(date, 1));
    minute = WORKDAY_START_MINUTE;
  } else if (minute < WORKDAY_START_MINUTE) {
    minute = WORKDAY_START_MINUTE;
  }
  let left = minutes;
  while (left > WORKDAY_END_MINUTE - minute) {
    left -= WORKDAY_END_MINUTE - minute;
    date = onOrAfterBusinessDay(addDays(date, 1));
    minute = WORKDAY_START_MINUTE;
  }
  return at(date, minute + left);
}
