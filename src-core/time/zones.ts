/**
 * Wall-clock times in a named time zone (IANA, e.g. `America/Chicago`) turned into instants.
 * CRM exports write local times without an offset ("3/14/2026 2:30 PM"); they mean the clock of
 * whoever exported them, so the importer reads them in the CSM's zone. Uses the runtime's time
 * zone database (Intl), the same in Node and every browser; no clock is read.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();
const MAX_OFFSETS = 20_000;

/**
 * Minutes the zone is ahead of UTC at that instant (-300 for New York in winter). Zones change
 * offset on the hour or half hour (never inside a quarter hour), so offsets are remembered per
 * zone and quarter hour: an import of 100,000 rows asks Intl a few hundred times, not 300,000.
 */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const key = `${timeZone}@${Math.floor(instantMs / (HOUR_MS / 4))}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offset = offsetFromIntl(instantMs, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function offsetFromIntl(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The instant (ISO, UTC) at which clocks in `timeZone` show `date` `time`. A time skipped by a
 * daylight-saving change (02:30 on the spring-forward night) moves forward by the gap; a time
 * that happens twice (01:30 on the fall-back night) is read as the first.
 */
export function instantFromWallClock(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min, s] = [...time.split(':').map(Number), 0, 0] as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, h, min, s);
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  const second = wall - zoneOffsetMinutes(first, timeZone) * 60_000;
  const earlier = Math.min(first, second);
  const instant = wallClockOf(earlier, timeZone) === wall ? earlier : Math.max(first, second);
  return new Date(instant).toISOString();
}

function wallClockOf(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMinutes(instantMs, timeZone) * 60_000;
}

/** The calendar day and clock time an instant shows in `timeZone`: `['2026-03-14', '15:00']`. */
export function wallClockIn(instant: string, timeZone: string): [string, string] {
  const iso = new Date(wallClockOf(Date.parse(instant), timeZone)).toISOString();
  return [iso.slice(0, 10), iso.slice(11, 16)];
}
