import type { Activity, RowOf } from '../model';
import { dayIn, instantMs, timeIn } from '../time';
import { isMeeting } from './account-data';

/** A scheduled meeting that started up to this long ago (or starts this soon) is the one being logged. */
export const LOG_DEFAULT_WINDOW_HOURS = 12;
/** Upcoming meetings offered besides the past unlogged ones, so the list stays short. */
const UPCOMING_CHOICES = 3;

/**
 * The scheduled calls, meetings and QBRs "Log meeting" may record: every one still scheduled whose
 * time has passed (never logged) and the next few ahead, latest past first. Logging never picks
 * one silently: the CSM chooses from these or logs a new meeting at a time they pick.
 */
export function meetingsToLog(activities: readonly RowOf<'activities'>[], now: string): Activity[] {
  const scheduled = activities.filter((a) => !a.deleted && isMeeting(a) && a.status === 'scheduled');
  const nowMs = instantMs(now);
  const byTime = (a: Activity, b: Activity) => instantMs(a.at) - instantMs(b.at) || a.id.localeCompare(b.id);
  const past = scheduled.filter((a) => instantMs(a.at) <= nowMs).sort((a, b) => byTime(b, a));
  const ahead = scheduled.filter((a) => instantMs(a.at) > nowMs).sort(byTime);
  return [...past, ...ahead.slice(0, UPCOMING_CHOICES)];
}

/**
 * The choice the dialog opens on: the scheduled meeting nearest to now within the window (it
 * is on now, just ended, or about to start), else null: "a meeting not on the calendar". A QBR
 * on the 15th is never the default for a call logged on the 3rd.
 */
export function defaultMeetingToLog(choices: readonly Activity[], now: string): Activity | null {
  const nowMs = instantMs(now);
  const windowMs = LOG_DEFAULT_WINDOW_HOURS * 3_600_000;
  let best: Activity | null = null;
  for (const a of choices) {
    const distance = Math.abs(instantMs(a.at) - nowMs);
    if (distance > windowMs) continue;
    if (best === null || distance < Math.abs(instantMs(best.at) - nowMs)) best = a;
  }
  return best;
}

/**
 * When the logged meeting happened, as the CSM's wall clock (day and `HH:MM` in `zone`): the
 * scheduled time when it has passed, otherwise now (a meeting held early, or a new one).
 */
export function loggedAtDefault(meeting: Activity | null, now: string, zone: string): { day: string; time: string } {
  const at = meeting && instantMs(meeting.at) <= instantMs(now) ? meeting.at : now;
  return { day: dayIn(at, zone), time: timeIn(at, zone) };
}
