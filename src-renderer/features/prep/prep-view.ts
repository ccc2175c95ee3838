import { healthSnapshots, trendOf, type AccountHealth } from '../../../src-core/health';
import type { Activity } from '../../../src-core/model';
import {
  accountFunnel,
  isMeeting,
  lastMeetingBefore,
  monthlyInsightDraft,
  talkingPoints,
  whatChangedSince,
  type AccountData,
  type ChangeWarning,
} from '../../../src-core/prep';
import { csmTimeZone, type Settings } from '../../../src-core/settings';
import { addDays, addMinutes, instantAt, instantMs, periodContaining, previousPeriod } from '../../../src-core/time';

/** A meeting still counts as "the one we prep for" this long after its start (it may be running late). */
const GRACE_MINUTES = 120;
/** Days of health history for the trend (30- and 90-day change), one snapshot every 5 days. */
const TREND_DAYS = 90;
const TREND_STEP = 5;

/**
 * Everything the prep screen shows, computed once per account read (pure; `now` passed in).
 * Health is the account's one computation (`useAccountFigures`), with the CSM's settings.
 */
export function prepView(
  data: AccountData,
  now: string,
  today: string,
  settings: Settings,
  health: AccountHealth,
  warnings: readonly ChangeWarning[] = [],
) {
  const zone = csmTimeZone(settings);
  const meeting = nextMeeting(data.activities, now);
  const lastAt = lastMeetingBefore(data.activities, meeting?.at ?? now);
  const lastMeeting = lastAt
    ? (data.activities.find((a) => a.at === lastAt && isMeeting(a) && a.status === 'completed') ?? null)
    : null;
  const since = lastAt ?? instantAt(addDays(today, -30), '00:00', zone);
  const quarter = periodContaining(today, 'quarter');
  const month = previousPeriod(periodContaining(today, 'month'));
  return {
    meeting,
    lastMeeting,
    health,
    trend: trendOf(healthSnapshots(data, today, TREND_DAYS, settings, TREND_STEP), settings.health.bands),
    changed: whatChangedSince(data, since, now, warnings, zone),
    period: quarter,
    funnel: accountFunnel(data, today),
    points: talkingPoints(data, quarter, now, zone),
    insight: monthlyInsightDraft(data, month.key, now, zone),
  };
}

/** The meeting to prep for: the next scheduled meeting or QBR (or one that started within the grace). */
export function nextMeeting(activities: readonly Activity[], now: string): Activity | null {
  const from = instantMs(addMinutes(now, -GRACE_MINUTES));
  return activities
    .filter((a) => !a.deleted && isMeeting(a) && a.status === 'scheduled' && instantMs(a.at) >= from)
    .reduce<Activity | null>((n, a) => (n === null || instantMs(a.at) < instantMs(n.at) ? a : n), null);
}
