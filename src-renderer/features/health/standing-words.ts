import type { AccountStanding } from '../../../src-core/standing';
import { bandLabel } from './health-view';
import { daysBetween } from '../../../src-core/time';
import { formatDate, relativeDays } from '../shared/format';

/**
 * The words and machine values of the standing figures. Every screen that shows one of them
 * prints it through these, so "12 days ago" on the Book is "12 days ago" on Prep.
 */
export interface StandingWords {
  health: { text: string; value: string };
  lastContact: { text: string; value: string };
  meetings: { text: string; value: string };
  /** `overdue`: the QBR's due day has passed without one held; every screen shows it as a problem. */
  qbr: { text: string; value: string; overdue: boolean };
}

export function daysAgoWords(days: number | null): string {
  if (days === null) return 'Never';
  if (days === 0) return 'Today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

export function standingWords(s: AccountStanding): StandingWords {
  const m = s.meetings;
  return {
    health: { text: `${bandLabel(s.health.band)} · ${s.health.score}`, value: `${s.health.band} ${s.health.score}` },
    lastContact: { text: daysAgoWords(s.daysSinceTwoWay), value: String(s.daysSinceTwoWay ?? 'never') },
    meetings: {
      text: m.held === 0 ? 'None held' : `${m.skipped} of ${m.held} skipped`,
      value: `${m.skipped}/${m.held}`,
    },
    qbr: s.qbr
      ? {
          text: `${formatDate(s.qbr.dueDate)} (${relativeDays(s.today, s.qbr.dueDate)})`,
          value: s.qbr.dueDate,
          overdue: daysBetween(s.today, s.qbr.dueDate) < 0,
        }
      : { text: 'No QBRs for this tier', value: 'none', overdue: false },
  };
}
