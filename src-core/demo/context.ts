import type { BookOwner } from '../model';
import { addMonths, dayIn, instantAt, isTimeZone, type WorkCalendar } from '../time';
import type { Random } from './random';

export interface DemoBookOptions {
  seed: string | number;
  /** Number of accounts in the book (default 40). */
  accounts?: number;
  /** Years of KPI and touchpoint history before `asOf` (default 2). */
  years?: number;
  /** The book's "today", `YYYY-MM-DD`: history runs up to it and the calendar continues after it. */
  asOf: string;
  owner: BookOwner;
  /**
   * The CSM's time zone (default America/Chicago): the book's "now" is noon there on `asOf`
   * unless `now` is given, and timesheet days are the CSM's. Clients keep their own zones.
   */
  timeZone?: string;
  /** The instant the book is generated as of (must fall on `asOf` in `timeZone`); default noon. */
  now?: string;
}

/** The demo CSM's zone when none is given: the agency sits in the US Central zone. */
export const DEMO_TIME_ZONE = 'America/Chicago';

/** What every part of the generator shares: the clock it pretends to read and the id source. */
export interface DemoContext {
  asOf: string;
  /** The book's "now" (UTC): anything after it is scheduled, never done. */
  now: string;
  /** The CSM's zone. */
  zone: string;
  /** First day of the history window. */
  historyStart: string;
  owner: BookOwner;
  newId: () => string;
}

export const DEFAULT_ACCOUNTS = 40;
export const DEFAULT_YEARS = 2;

/** The seed of "Open the demo book": every machine shows the same demo. */
export const DEMO_SEED = 'fieldbook-demo';

/** Who owns the demo book when no team server has said who the CSM is. */
export const DEMO_OWNER: BookOwner = { id: 'demo-csm', email: 'csm@demo.fieldbook.app', name: 'Demo CSM', role: 'csm' };

export function createContext(options: DemoBookOptions, ids: Random): DemoContext {
  const years = options.years ?? DEFAULT_YEARS;
  const zone = options.timeZone ?? DEMO_TIME_ZONE;
  if (!isTimeZone(zone)) throw new Error(`The demo book needs a time zone like America/Chicago, got "${zone}".`);
  const now = options.now === undefined ? instantAt(options.asOf, '12:00', zone) : new Date(options.now).toISOString();
  if (Number.isNaN(Date.parse(now)) || dayIn(now, zone) !== options.asOf)
    throw new Error(`The demo book's now (${options.now}) must fall on ${options.asOf} in ${zone}.`);
  return {
    asOf: options.asOf,
    now,
    zone,
    historyStart: addMonths(options.asOf, -12 * years),
    owner: options.owner,
    newId: () => ids.uuid(),
  };
}

/** `YYYY-MM-DD` + minutes after midnight on the wall clock of `zone` → the UTC instant. */
export function instant(date: string, minuteOfDay: number, zone: string): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return instantAt(date, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, zone);
}

/** A client's working week in its own zone: Monday to Friday, 09:00–17:30 (meetings, replies, tickets). */
export function clientCalendar(zone: string): WorkCalendar {
  return { zone, start: '09:00', end: '17:30', workdays: [0, 1, 2, 3, 4], holidays: [] };
}

/** A row is last touched when its event happened, but never after the book's "now". */
export function touchedAt(ctx: DemoContext, when: string): string {
  const stamp = when.length === 10 ? instant(when, 17 * 60, ctx.zone) : when;
  return stamp < ctx.now ? stamp : ctx.now;
}

export function syncedRow(ctx: DemoContext, when: string) {
  return { id: ctx.newId(), rev: 0, deleted: false, updatedAt: touchedAt(ctx, when) };
}

export function scopedRow(ctx: DemoContext, accountId: string, when: string) {
  return { ...syncedRow(ctx, when), accountId };
}

/** Monday-to-Friday day arithmetic for the demo (no zone needed: days, not instants). */
export const WEEKDAYS_ONLY: WorkCalendar = clientCalendar('UTC');
