import { nextQbr, qbrDueDefinition, type QbrDue } from '../cadence/cadence-status';
import {
  accountHealth,
  daysSinceContact,
  LAST_CONTACT_DEFINITION,
  meetingsDefinition,
  type AccountData,
  type AccountHealth,
  type MeetingAttendance,
} from '../health';
import type { HealthBand } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, todayIn } from '../time';
import { meetingAttendance } from '../health/engagement';

/**
 * The figures every account screen shows side by side — health, last two-way contact, meetings
 * kept and skipped, QBR due — computed once, by the one function of each, with the CSM's
 * settings. The Book and Today read them from the book worker, the Account, Health, Prep and
 * Cadence screens from the account's own rows; both call this, so the numbers are equal.
 */
export interface AccountStanding {
  accountId: string;
  /** The day the figures speak for, in the CSM's zone. */
  today: string;
  health: { score: number; band: HealthBand; computedBand: HealthBand };
  lastTwoWayAt: string | null;
  daysSinceTwoWay: number | null;
  meetings: MeetingAttendance;
  lookbackDays: number;
  qbr: QbrDue | null;
}

export function accountStanding(
  data: AccountData,
  now: string,
  settings: Settings,
  health: AccountHealth = accountHealth(data, now, settings),
): AccountStanding {
  const zone = csmTimeZone(settings);
  const today = todayIn(now, zone);
  const lookbackDays = settings.health.lookbackDays;
  return {
    accountId: data.account.id,
    today,
    health: { score: health.score, band: health.band, computedBand: health.computedBand },
    lastTwoWayAt: health.inputs.lastTwoWayAt,
    daysSinceTwoWay: daysSinceContact(health.inputs.lastTwoWayAt, today, zone),
    meetings: meetingAttendance(data.activities, now, addDays(today, -lookbackDays), zone),
    lookbackDays,
    qbr: nextQbr(data.account, data.activities, now, settings),
  };
}

/** How each standing figure is counted, for the tooltip beside it. */
export function standingDefinitions(settings: Settings, qbrEveryDays: number | null) {
  return {
    health:
      'Health: results, engagement, sentiment and commercial measures scored 0–100 with your weights and bands (Settings › Targets & health); risk flags can cap or set the band.',
    lastContact: LAST_CONTACT_DEFINITION.two_way,
    meetings: meetingsDefinition(settings.health.lookbackDays),
    qbr: qbrEveryDays === null ? 'No QBRs for this tier (Settings › Cadence).' : qbrDueDefinition(qbrEveryDays),
  };
}
