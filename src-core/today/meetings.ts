import { isMeeting } from '../prep/account-data';
import type { Activity, RowOf, TimeEntry } from '../model';
import { addDays, dayIn, instantMs } from '../time';
import { live, type DayBook } from './book-slice';

/** The SOP: "Spend at least 15 minutes reviewing each account before meetings". */
export const PREP_MINUTES = 15;
/** With no earlier meeting, prep logged in this many days before the meeting counts. */
export const PREP_LOOKBACK_DAYS = 30;

export type PrepState = 'done' | 'started' | 'not_started';

export interface MeetingPrep {
  meeting: Activity;
  accountId: string;
  accountName: string;
  prepMinutes: number;
  prep: PrepState;
}

/**
 * Scheduled and held meetings (calls, meetings and QBRs, not cancelled) with `from <= at < to`, earliest
 * first, each with its prep status: "done" once 15 minutes of prep are logged for the account
 * after the previous meeting's day and up to the meeting's day (days on the CSM's calendar, `zone`).
 * Time entries carry a day, not a time, so prep logged on the day of the previous meeting belongs
 * to that one.
 */
export function meetingsBetween(
  book: Pick<DayBook, 'accounts' | 'activities' | 'timeEntries'>,
  from: string,
  to: string,
  zone: string,
): MeetingPrep[] {
  const names = new Map(live(book.accounts).map((a) => [a.id, a.name]));
  const [start, end] = [instantMs(from), instantMs(to)];
  const meetings = live(book.activities)
    .filter((a) => {
      if (!isMeeting(a) || a.status === 'cancelled' || !names.has(a.accountId)) return false;
      const at = instantMs(a.at);
      return at >= start && at < end;
    })
    .sort((a, b) => instantMs(a.at) - instantMs(b.at) || a.id.localeCompare(b.id));
  return meetings.map((meeting) => {
    const prepMinutes = prepMinutesFor(meeting, book.activities, book.timeEntries, zone);
    return {
      meeting,
      accountId: meeting.accountId,
      accountName: names.get(meeting.accountId) ?? '',
      prepMinutes,
      prep: prepState(prepMinutes),
    };
  });
}

export function prepState(minutes: number): PrepState {
  if (minutes >= PREP_MINUTES) return 'done';
  return minutes > 0 ? 'started' : 'not_started';
}

/** Prep minutes logged for this meeting's account since its previous meeting. */
export function prepMinutesFor(
  meeting: Activity,
  activities: readonly RowOf<'activities'>[],
  entries: readonly TimeEntry[],
  zone: string,
): number {
  const day = dayIn(meeting.at, zone);
  const previous = activities
    .filter(
      (a) =>
        !a.deleted &&
        a.accountId === meeting.accountId &&
        isMeeting(a) &&
        a.status === 'completed' &&
        dayIn(a.at, zone) < day,
    )
    .reduce<string | null>((last, a) => {
      const d = dayIn(a.at, zone);
      return last === null || d > last ? d : last;
    }, null);
  const after = previous ?? addDays(day, -PREP_LOOKBACK_DAYS - 1);
  return entries
    .filter(
      (e) =>
        !e.deleted && e.accountId === meeting.accountId && e.category === 'prep' && e.date > after && e.date <= day,
    )
    .reduce((sum, e) => sum + e.minutes, 0);
}
