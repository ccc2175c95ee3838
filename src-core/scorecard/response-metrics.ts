import type { Ticket } from '../model';
import type { Settings } from '../settings';
import { containsDate, type Period } from '../time';
import { addBusinessMinutes, businessMinutesBetween, endOfBusinessDay, wallClockBefore } from './business-hours';
import { percentile } from './percentile';

export interface ResponseMetrics {
  /** Median first response, in business minutes, of messages opened in the period and answered. */
  responseP50Minutes: number | null;
  responseP90Minutes: number | null;
  /** Share of answered messages answered within the target (2 business hours). */
  respondedInTarget: number | null;
  /**
   * Messages of the period still unanswered at the end of the workday they had to be answered
   * on: the day they came in, or for messages after hours (acknowledged by the after-hours
   * agent, SOP) the next workday.
   */
  unansweredEndOfDay: number;
}

export function responseMetrics(
  tickets: readonly Ticket[],
  period: Period,
  now: string,
  settings: Settings,
): ResponseMetrics {
  const hours = settings.businessHours;
  const minutes: number[] = [];
  let unanswered = 0;
  for (const t of tickets) {
    if (!containsDate(period, t.openedAt)) continue;
    if (t.firstResponseAt) minutes.push(businessMinutesBetween(t.openedAt, t.firstResponseAt, hours));
    const closes = answerByEndOf(t.openedAt, settings);
    const late = t.firstResponseAt ? wallClockBefore(closes, t.firstResponseAt) : wallClockBefore(closes, now);
    if (late) unanswered++;
  }
  const target = settings.response.firstResponseBusinessMinutes;
  return {
    responseP50Minutes: percentile(minutes, 0.5),
    responseP90Minutes: percentile(minutes, 0.9),
    respondedInTarget: minutes.length ? minutes.filter((m) => m <= target).length / minutes.length : null,
    unansweredEndOfDay: unanswered,
  };
}

/** The end of the workday a message must be answered by: its first business minute's day. */
export function answerByEndOf(openedAt: string, settings: Settings): string {
  const firstMinute = addBusinessMinutes(openedAt, 1, settings.businessHours);
  return endOfBusinessDay(firstMinute.slice(0, 10), settings.businessHours);
}
