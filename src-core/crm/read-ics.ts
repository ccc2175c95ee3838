import ICAL from 'ical.js';
import { id as idSchema } from '../model';
import { instantAt, isTimeZone } from '../time';
import type { BatchBuilder } from './batch';
import { cellLine } from './cell-text';
import { hashedRowId } from './crm-ids';
import { ImportFileError } from './import-error';
import type { FileSummary } from './types';

/**
 * Calendars (.ics) as Outlook and Google export them, read with ical.js. Times keep the zone the
 * file gives them (its own VTIMEZONE definitions, Outlook's "Eastern Standard Time" included, or
 * an IANA name); floating times are the CSM's. Recurring meetings become one touchpoint per
 * occurrence from a year back to six months ahead; moved or cancelled occurrences follow their
 * exception. An event exported by Fieldbook carries its activity's id in its UID and comes back
 * to the same row.
 */
export const FIELDBOOK_UID_SUFFIX = '@fieldbook';
export const MAX_CALENDAR_CHARS = 50 * 1024 * 1024;
const PAST_DAYS = 366;
const FUTURE_DAYS = 183;
const MAX_OCCURRENCES = 400;
const MAX_STEPS = 20_000;

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

export interface IcsSettings {
  name: string;
  now: string;
  timeZone: string;
}

function instantOf(time: IcalTime, tzid: string | null, fallbackZone: string): string {
  const zone = time.zone as { tzid?: string } | undefined;
  if (zone?.tzid && zone.tzid !== 'floating') return new Date(time.toUnixTime() * 1000).toISOString();
  const wall = time.toString();
  const date = wall.slice(0, 10);
  const clock = wall.slice(11, 19) || '00:00:00';
  return instantAt(date, clock, tzid && isTimeZone(tzid) ? tzid : fallbackZone);
}

/** Fieldbook's own activity id when the event came from Fieldbook's calendar export. */
export function fieldbookIdOfUid(uid: string): string | null {
  if (!uid.endsWith(FIELDBOOK_UID_SUFFIX)) return null;
  const id = uid.slice(0, -FIELDBOOK_UID_SUFFIX.length);
  return idSchema.safeParse(id).success ? id : null;
}

function emailsOf(event: IcalEvent): string[] {
  const props = [...event.attendees, event.component.getFirstProperty('organizer')].filter(Boolean);
  const out = new Set<string>();
  for (const p of props) {
    const value = String(p!.getFirstValue() ?? '')
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase();
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) out.add(value);
  }
  return [...out];
}

function parseCalendar(name: string, text: string) {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 4096))) {
    throw new ImportFileError(name, 'This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.');
  }
  try {
    return new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportFileError(name, `The calendar file cannot be read (${why}).`);
  }
}

export function readIcsText(settings: IcsSettings, text: string, batch: BatchBuilder): FileSummary {
  if (text.length > MAX_CALENDAR_CHARS)
    throw new ImportFileError(settings.name, 'The calendar file is larger than 50 MB.');
  const calendar = parseCalendar(settings.name, text);
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = new Map<string, IcalEvent>();
  const exceptions: IcalEvent[] = [];
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    if (event.isRecurrenceException()) exceptions.push(event);
    else masters.set(event.uid, event);
  }
  for (const exception of exceptions) masters.get(exception.uid)?.relateException(exception);
  let index = 0;
  for (const event of masters.values()) readEvent(settings, event, ++index, batch);
  return {
    name: settings.name,
    kind: 'ics',
    kindLabel: 'Calendar (.ics)',
    source: 'ics',
    encoding: 'utf-8',
    delimiter: null,
    rows: vevents.length,
    headers: [],
    columns: [],
    vocab: [],
    options: { dateOrder: 'mdy', decimalMark: '.', amountPeriod: 'monthly', timeZone: settings.timeZone },
    notes: [],
  };
}

function readEvent(settings: IcsSettings, event: IcalEvent, row: number, batch: BatchBuilder): void {
  const summary = cellLine(event.summary ?? '') || 'Meeting';
  const where = { file: settings.name, row };
  if (event.startDate?.isDate) {
    batch.addIssue({ ...where, kind: 'skipped', reason: `"${summary}" is an all-day event, not a meeting` });
    return;
  }
  if (!event.startDate || !event.uid) {
    batch.addIssue({ ...where, kind: 'invalid', reason: `"${summary}" has no start time or no UID` });
    return;
  }
  const tzid = event.component.getFirstProperty('dtstart')?.getParameter('tzid');
  const zone = typeof tzid === 'string' ? tzid : null;
  const emails = emailsOf(event);
  const cancelled = /^cancel/i.test(String(event.component.getFirstPropertyValue('status') ?? ''));
  const add = (start: IcalTime, end: IcalTime, occurrence: string | null, isCancelled: boolean, title = summary) => {
    const at = instantOf(start, zone, settings.timeZone);
    const until = instantOf(end, zone, settings.timeZone);
    const minutes = Math.max(0, Math.min(1440, Math.round((Date.parse(until) - Date.parse(at)) / 60_000)));
    const own = occurrence === null ? fieldbookIdOfUid(event.uid) : null;
    const id = own ?? hashedRowId('cal', event.uid, occurrence ?? '');
    batch.addEvent({
      ...where,
      uid: event.uid,
      id,
      start: at,
      durationMinutes: minutes,
      summary: title,
      cancelled: isCancelled,
      emails,
    });
  };
  if (!event.isRecurring()) {
    add(event.startDate, event.endDate, null, cancelled);
    return;
  }
  expand(settings, event, (details) => {
    const status = String(details.item.component.getFirstPropertyValue('status') ?? '');
    const title = cellLine(details.item.summary ?? '') || summary;
    add(
      details.startDate,
      details.endDate,
      details.recurrenceId.toString(),
      cancelled || /^cancel/i.test(status),
      title,
    );
  });
}

function expand(
  settings: IcsSettings,
  event: IcalEvent,
  each: (details: ReturnType<IcalEvent['getOccurrenceDetails']>) => void,
): void {
  const from = Date.parse(settings.now) - PAST_DAYS * 86_400_000;
  const to = Date.parse(settings.now) + FUTURE_DAYS * 86_400_000;
  const iterator = event.iterator();
  let emitted = 0;
  // Bounded both ways: a daily meeting that began ten years ago is walked, not loaded.
  for (let step = 0, next = iterator.next(); next && step < MAX_STEPS; step++, next = iterator.next()) {
    const ms = next.toUnixTime() * 1000;
    if (ms > to || emitted >= MAX_OCCURRENCES) break;
    if (ms < from) continue;
    each(event.getOccurrenceDetails(next));
    emitted += 1;
  }
}
