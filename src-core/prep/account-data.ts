import { MEETING_KINDS } from '../health/engagement';
import type { RowOf } from '../model';

/**
 * Everything about one account (one list per scoped table), the same shape health reads and the
 * store's `getAccountDetail` returns. The prep functions read only this.
 */
export type { AccountData } from '../health/account-book';

/**
 * Calls, meetings and QBRs are the touchpoints a CSM prepares for: a bi-weekly sync is as much a
 * meeting as a QBR (one set, owned by health/engagement, the same one attendance counts).
 */
export function isMeeting(activity: { kind: string }): boolean {
  return (MEETING_KINDS as ReadonlySet<string>).has(activity.kind);
}

/**
 * When the last meeting that took place (kept, not skipped or cancelled) before `now` was
 * held, or null when there was none: "what changed" is measured from there.
 */
export function lastMeetingBefore(activities: readonly RowOf<'activities'>[], now: string): string | null {
  let last: string | null = null;
  for (const a of activities) {
    if (a.deleted || !isMeeting(a) || a.status !== 'completed' || a.at >= now) continue;
    if (last === null || a.at > last) last = a.at;
  }
  return last;
}
