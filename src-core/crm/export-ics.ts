import ICAL from 'ical.js';
import type { Account, Activity, BookTables, Contact } from '../model';
import { FIELDBOOK_UID_SUFFIX } from './read-ics';

/**
 * The meetings planned in Fieldbook as an iCalendar file for Outlook, Google or Apple Calendar,
 * written with ical.js. Every planned touchpoint from `since` (default: now) on goes in each
 * time: its UID is the activity's id, and SEQUENCE its revision, so a calendar that has it already
 * updates it rather than adding a second, and importing the file back into Fieldbook finds the
 * same activity. Only what a calendar needs: no outcome, notes or health.
 */
export interface CalendarExport {
  text: string;
  events: number;
  activityIds: string[];
}

const PRODID = '-//Fieldbook//Fieldbook calendar export//EN';

export function plannedMeetings(book: BookTables, from: string): Activity[] {
  return book.activities
    .filter((a) => !a.deleted && a.status === 'scheduled' && a.at >= from)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function icalUtc(instant: string) {
  return ICAL.Time.fromJSDate(new Date(instant), true);
}

function vevent(activity: Activity, account: Account | undefined, people: Contact[], now: string) {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `${activity.id}${FIELDBOOK_UID_SUFFIX}`);
  event.addPropertyWithValue('dtstamp', icalUtc(now));
  event.addPropertyWithValue('dtstart', icalUtc(activity.at));
  const end = new Date(Date.parse(activity.at) + Math.max(activity.durationMinutes, 15) * 60_000).toISOString();
  event.addPropertyWithValue('dtend', icalUtc(end));
  event.addPropertyWithValue('summary', activity.subject);
  event.addPropertyWithValue(
    'description',
    account ? `Account: ${account.name}\nPlanned in Fieldbook.` : 'Planned in Fieldbook.',
  );
  event.addPropertyWithValue('sequence', activity.rev);
  event.addPropertyWithValue('status', 'CONFIRMED');
  for (const person of people) {
    if (!person.email) continue;
    const attendee = event.addPropertyWithValue('attendee', `mailto:${person.email}`);
    attendee.setParameter('cn', person.name);
    attendee.setParameter('role', 'REQ-PARTICIPANT');
  }
  return event;
}

export function calendarFile(book: BookTables, options: { now: string; since?: string | null }): CalendarExport {
  const meetings = plannedMeetings(book, options.since ? `${options.since}T00:00:00.000Z` : options.now);
  const accounts = new Map(book.accounts.map((a) => [a.id, a]));
  const contacts = new Map(book.contacts.map((c) => [c.id, c]));
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  for (const m of meetings) {
    const people = m.attendeeIds.map((id) => contacts.get(id)).filter((c): c is Contact => !!c);
    calendar.addSubcomponent(vevent(m, accounts.get(m.accountId), people, options.now));
  }
  return { text: calendar.toString(), events: meetings.length, activityIds: meetings.map((m) => m.id) };
}
