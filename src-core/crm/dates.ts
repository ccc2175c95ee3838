import { isoDate } from '../model';
import { instantAt } from '../time';

/**
 * Dates and times as CRMs write them: ISO (`2026-03-14`, `2026-03-14T15:00:00.000+0000` from
 * Salesforce's Data Loader), US report style (`3/14/2026`, `3/14/2026 2:30 PM`), European
 * (`14.03.2026`, `14/03/2026 14:30`), HubSpot's `2026-03-14 15:00`, and month names
 * (`Mar 14, 2026`, `14-Mar-2026`). Whether `03/04/2026` is March or April is the file's
 * date order: detected from the file's own values when one of them settles it, else a setting.
 */

export type DateOrder = 'mdy' | 'dmy';

/** What `clock` says for a time that is there but impossible. */
const INVALID = 'invalid';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Parts {
  y: number;
  m: number;
  d: number;
  time: string | null;
  /** `Z`, `+02:00`, `+0000`: the text named its zone. */
  zone: string | null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;
const NAMED =
  /^(?:[a-z]+,?\s+)?(?:(\d{1,2})[\s-]+([a-z]{3,})\.?|([a-z]{3,})\.?\s+(\d{1,2}))(?:st|nd|rd|th)?,?[\s-]+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;

function clock(h: string | undefined, min: string | undefined, s: string | undefined, ampm?: string): string | null {
  if (h === undefined || min === undefined) return null;
  const bad = INVALID;
  let hour = Number(h);
  const pm = ampm ? /^p/i.test(ampm) : null;
  if (pm !== null) {
    if (hour < 1 || hour > 12) return bad;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || Number(min) > 59 || Number(s ?? 0) > 59) return bad;
  return `${String(hour).padStart(2, '0')}:${min}:${(s ?? '00').padStart(2, '0')}`;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function parts(text: string, order: DateOrder): Parts | null {
  const p = rawParts(text.trim(), order);
  // A time that is there but impossible (`13:30 PM`, `25:00`) makes the whole value unreadable.
  return p && p.time !== INVALID ? p : null;
}

function rawParts(t: string, order: DateOrder): Parts | null {
  let m = ISO.exec(t);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, time: clock(m[4], m[5], m[6]), zone: m[7] ?? null };
  m = NUMERIC.exec(t);
  if (m) {
    const time = clock(m[4], m[5], m[6], m[7]);
    if (m[1]!.length === 4) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, time, zone: null };
    const dayFirst = order === 'dmy' || t.includes('.');
    const [a, b] = dayFirst ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
    return { y: fullYear(+m[3]!), m: a, d: b, time, zone: null };
  }
  m = NAMED.exec(t);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return null;
    return { y: +m[5]!, m: month, d: +(m[1] ?? m[4])!, time: clock(m[6], m[7], m[8], m[9]), zone: null };
  }
  return null;
}

function day(p: Parts): string | null {
  const text = `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
  return isoDate.safeParse(text).success ? text : null;
}

/** A calendar day, or null when the text is not one. Any time of day is ignored. */
export function parseDay(text: string, order: DateOrder): string | null {
  const p = parts(text, order);
  return p ? day(p) : null;
}

/**
 * An instant (ISO, UTC). Text with a zone is read in it; text without one in `timeZone` (the
 * CSM's); a bare date is that day at `dateOnlyTime` on the CSM's clock (noon: a task due "3/14"
 * stays on the 14th in every zone of the Americas and Europe).
 */
export function parseInstant(text: string, order: DateOrder, timeZone: string, dateOnlyTime = '12:00'): string | null {
  const p = parts(text, order);
  const date = p && day(p);
  if (!p || !date) return null;
  if (p.zone) {
    const zone = p.zone.toUpperCase() === 'Z' ? 'Z' : p.zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const ms = Date.parse(`${date}T${p.time ?? '00:00:00'}${zone}`);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return instantAt(date, p.time ?? dateOnlyTime, timeZone);
}

/**
 * Which order a column's numeric dates are in, when its values settle it (`13/03/2026` can only
 * be day-first, `03/13/2026` only month-first); null when every value reads both ways.
 */
export function dateOrderOf(text: string): DateOrder | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/.exec(text.trim());
  if (!m) return null;
  if (+m[1]! > 12 && +m[2]! <= 12) return 'dmy';
  if (+m[2]! > 12 && +m[1]! <= 12) return 'mdy';
  return null;
}
