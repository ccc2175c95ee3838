import type { Account, RowOf, ScopedTableName } from '../model';

/**
 * Everything about one account, as the store's `getAccountDetail` returns it (one list per
 * scoped table). The prep functions read only this, so a test builds it by hand.
 */
export type AccountData = { account: Account } & { [T in ScopedTableName]: RowOf<T>[] };

const MEETING_KINDS: ReadonlySet<string> = new Set(['meeting', 'qbr']);

/** Meetings and QBRs are the touchpoints a CSM prepares for. */
export function isMeeting(activity: { kind: string }): boolean {
  return MEETING_KINDS.has(activity.kind);
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
