/**
 * Instants in words, on a named zone's wall clock: the CSM's zone on their screens, an account's
 * zone for anything the client reads ("your call at 10:00 AM CDT"). The zone is always named,
 * so a time is never read on the wrong clock.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, kind: 'dateTime' | 'time' | 'weekdayTime' | 'clock'): Intl.DateTimeFormat {
  const key = `${kind}|${zone}`;
  let f = formats.get(key);
  if (!f) {
    const time = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
    const options: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { hour: 'numeric', minute: '2-digit', timeZone: zone }
        : kind === 'time'
          ? { ...time, timeZone: zone }
          : kind === 'weekdayTime'
            ? { weekday: 'long', month: 'short', day: 'numeric', ...time, timeZone: zone }
            : { month: 'short', day: 'numeric', year: 'numeric', ...time, timeZone: zone };
    f = new Intl.DateTimeFormat('en-US', options);
    formats.set(key, f);
  }
  return f;
}

/** `Sep 15, 2026, 10:00 AM CDT`. */
export function formatDateTimeIn(instant: string, zone: string): string {
  return format(zone, 'dateTime').format(new Date(instant));
}

/** `Tuesday, Sep 15, 10:00 AM CDT`: a meeting as the calendar shows it. */
export function formatMeetingTimeIn(instant: string, zone: string): string {
  return format(zone, 'weekdayTime').format(new Date(instant));
}

/** `10:00 AM` on the zone's clock, for a list already headed by whose day it is (the CSM's Today). */
export function formatClockIn(instant: string, zone: string): string {
  return format(zone, 'clock').format(new Date(instant));
}

/** `10:00 AM CDT`. */
export function formatTimeIn(instant: string, zone: string): string {
  return format(zone, 'time').format(new Date(instant));
}

const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** `Mar 4, 2026`: a calendar day as written, read at UTC so it never shifts by a day with a zone. */
export function formatDay(isoDate: string): string {
  return DAY.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
