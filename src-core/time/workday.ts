import type { Settings } from '../settings/settings-schema';
import { addDays, weekdayIndex } from './dates';
import { dayIn, instantAt, instantMs, UTC } from './zone';

/**
 * The one workday: which days are worked, from when to when, in which zone, minus holidays.
 * Today's start-of-day window, the end-of-day inbox check, first-response times, the audit
 * rotation, onboarding clocks and the demo book all read it, so they cannot disagree.
 */
export interface WorkCalendar {
  zone: string;
  /** `HH:MM` on the zone's wall clock. */
  start: string;
  end: string;
  /** 0 = Monday … 6 = Sunday. */
  workdays: readonly number[];
  holidays: readonly string[];
}

/** The CSM's workday from their settings (a null zone reads as UTC: see `withDeviceTimeZone`). */
export function workCalendar(settings: Pick<Settings, 'businessHours' | 'timeZone'>): WorkCalendar {
  const h = settings.businessHours;
  return { zone: settings.timeZone ?? UTC, start: h.start, end: h.end, workdays: h.workdays, holidays: h.holidays };
}

export function isWorkday(day: string, cal: WorkCalendar): boolean {
  return cal.workdays.includes(weekdayIndex(day)) && !cal.holidays.includes(day);
}

/** Workdays from `from` through `to`, inclusive. */
export function workdaysBetween(from: string, to: string, cal: WorkCalendar): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d, cal)) out.push(d);
  return out;
}

// A calendar with no workday at all cannot pass the settings schema; the guard only bounds a loop.
const MAX_DAYS_SEARCHED = 400;

/** The last workday before `day` (Monday's is the Friday before, unless Friday was a holiday). */
export function previousWorkday(day: string, cal: WorkCalendar): string {
  let d = addDays(day, -1);
  for (let i = 0; i < MAX_DAYS_SEARCHED && !isWorkday(d, cal); i++) d = addDays(d, -1);
  return d;
}

/** `day` itself when it is a workday, else the next one. */
export function workdayOnOrAfter(day: string, cal: WorkCalendar): string {
  let d = day;
  for (let i = 0; i < MAX_DAYS_SEARCHED && !isWorkday(d, cal); i++) d = addDays(d, 1);
  return d;
}

/** The day `days` workdays after `day` (3 after a Friday is Wednesday). */
export function addBusinessDays(day: string, days: number, cal: WorkCalendar): string {
  let d = day.slice(0, 10);
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkday(d, cal)) left--;
  }
  return d;
}

/** The instant a day's business hours open, in the calendar's zone. */
export function workdayStart(day: string, cal: WorkCalendar): string {
  return instantAt(day, cal.start, cal.zone);
}

/** The instant a day's business hours close: the "end of day" for unanswered messages. */
export function workdayEnd(day: string, cal: WorkCalendar): string {
  return instantAt(day, cal.end, cal.zone);
}

const MINUTE_MS = 60_000;

/**
 * Business minutes from instant `from` to instant `to`, each read with its own offset and laid on
 * the calendar's wall clock: a message at 17:00 Friday answered at 09:00 Monday took 60 minutes
 * with an 08:30–17:30 day. Zero when `to` is not after `from`.
 */
export function businessMinutesBetween(from: string, to: string, cal: WorkCalendar): number {
  const a = instantMs(from);
  const b = instantMs(to);
  if (!(b > a)) return 0;
  let total = 0;
  const last = dayIn(b, cal.zone);
  for (let day = dayIn(a, cal.zone); day <= last; day = addDays(day, 1)) {
    if (!isWorkday(day, cal)) continue;
    const open = Math.max(a, instantMs(workdayStart(day, cal)));
    const close = Math.min(b, instantMs(workdayEnd(day, cal)));
    if (close > open) total += close - open;
  }
  return Math.round(total / MINUTE_MS);
}

/** The instant (UTC) `minutes` business minutes after `from`: a 2-hour deadline across a weekend. */
export function addBusinessMinutes(from: string, minutes: number, cal: WorkCalendar): string {
  let at = instantMs(from);
  let left = minutes;
  let day = dayIn(at, cal.zone);
  for (let i = 0; i < MAX_DAYS_SEARCHED * 10; i++, day = addDays(day, 1)) {
    if (!isWorkday(day, cal)) continue;
    const close = instantMs(workdayEnd(day, cal));
    if (at >= close) continue;
    const open = Math.max(at, instantMs(workdayStart(day, cal)));
    if (open + left * MINUTE_MS <= close) return new Date(open + left * MINUTE_MS).toISOString();
    left -= (close - open) / MINUTE_MS;
    at = close;
  }
  return new Date(at).toISOString();
}

/**
 * The end of the workday a message must be answered by: the day of its first business minute.
 * A message at 20:30 is answered by the end of the next workday (the after-hours agent
 * acknowledges it, SOP); one at 10:00 by the end of the same day.
 */
export function answerBy(openedAt: string, cal: WorkCalendar): string {
  const firstMinute = addBusinessMinutes(openedAt, 1, cal);
  return workdayEnd(dayIn(firstMinute, cal.zone), cal);
}
