import type { Activity } from '../model';
import { daysBetween, dayIn, instantAt, instantMs } from '../time';

/**
 * The one definition of last contact and of meetings kept and skipped. Health, warnings, the
 * Book, the Account header, Prep, Today and the cadence board read these functions, so "last
 * contact 12 days ago" and "3 of 9 meetings skipped" are the same number on every screen.
 */

/** Calls, meetings and QBRs: the touchpoints a client keeps or skips, and that are always two-way. */
export const MEETING_KINDS: ReadonlySet<Activity['kind']> = new Set(['call', 'meeting', 'qbr']);

export type ContactKind = 'two_way' | 'any';

/** How each kind of last contact is counted, for the line beside the figure. */
export const LAST_CONTACT_DEFINITION: Record<ContactKind, string> = {
  two_way:
    'Last two-way contact: the latest completed call, meeting or QBR, or an email logged as two-way (a reply). Emails, reports and insights the client did not answer do not count.',
  any: 'Last contact of any kind: the latest completed touchpoint, sent or received.',
};

export function isTwoWay(a: Activity): boolean {
  return a.status === 'completed' && (a.direction === 'two_way' || MEETING_KINDS.has(a.kind));
}

/**
 * The latest completed contact of that kind at or before `now` (null `now`: no cut-off, for
 * stored summaries), or null when there was none.
 */
export function lastContactAt(activities: readonly Activity[], kind: ContactKind, now: string | null): string | null {
  const until = now === null ? Number.POSITIVE_INFINITY : instantMs(now);
  let last: string | null = null;
  let lastMs = Number.NEGATIVE_INFINITY;
  for (const a of activities) {
    if (a.deleted || a.status !== 'completed' || (kind === 'two_way' && !isTwoWay(a))) continue;
    const ms = instantMs(a.at);
    if (ms <= until && ms > lastMs) {
      last = a.at;
      lastMs = ms;
    }
  }
  return last;
}

/** Whole days from the day of the last contact to `today`, both on the CSM's calendar; null when never. */
export function daysSinceContact(lastAt: string | null, today: string, zone: string): number | null {
  return lastAt === null ? null : daysBetween(dayIn(lastAt, zone), today);
}

/** A call, meeting or QBR the client did not keep: a no-show, or cancelled. */
export function isSkipped(a: Activity): boolean {
  return MEETING_KINDS.has(a.kind) && (a.status === 'no_show' || a.status === 'cancelled');
}

export interface MeetingAttendance {
  kept: number;
  skipped: number;
  /** kept + skipped: the meetings that were due to happen. */
  held: number;
  /** The first day counted (the look-back window), on the CSM's calendar. */
  since: string;
}

export function meetingsDefinition(days: number): string {
  return `Calls, meetings and QBRs dated in the last ${days} days, up to now: kept = completed, skipped = no-show or cancelled. Scheduled ones are not counted yet.`;
}

/** Meetings kept and skipped from the start of day `since` (in `zone`) up to `now`. */
export function meetingAttendance(
  activities: readonly Activity[],
  now: string,
  since: string,
  zone: string,
): MeetingAttendance {
  const from = instantMs(instantAt(since, '00:00', zone));
  const until = instantMs(now);
  let kept = 0;
  let skipped = 0;
  for (const a of activities) {
    if (a.deleted || !MEETING_KINDS.has(a.kind)) continue;
    const ms = instantMs(a.at);
    if (ms < from || ms > until) continue;
    if (a.status === 'completed') kept++;
    else if (isSkipped(a)) skipped++;
  }
  return { kept, skipped, held: kept + skipped, since };
}
