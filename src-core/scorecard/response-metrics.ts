import type { Ticket } from '../model';
import type { Settings } from '../settings';
import {
  answerBy,
  businessMinutesBetween,
  containsInstant,
  instantMs,
  workCalendar,
  type Period,
  type WorkCalendar,
} from '../time';
import type { FigureRow, WithAccounts } from './figure-accounts';
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

/**
 * First-response figures over the messages opened in the period on the CSM's calendar. Every
 * timestamp is read with its own offset and laid on the CSM's business hours (settings), so a
 * message stamped in New York and answered from Los Angeles is measured in one clock.
 */
export function responseMetrics(
  tickets: readonly Ticket[],
  period: Period,
  now: string,
  settings: Settings,
): WithAccounts<ResponseMetrics> {
  const cal = workCalendar(settings);
  const target = settings.response.firstResponseBusinessMinutes;
  const answered: FigureRow[] = [];
  const unanswered: FigureRow[] = [];
  for (const t of tickets) {
    if (!containsInstant(period, t.openedAt, cal.zone)) continue;
    if (t.firstResponseAt) {
      const m = businessMinutesBetween(t.openedAt, t.firstResponseAt, cal);
      answered.push({ accountId: t.accountId, value: m, counted: m <= target, label: t.subject });
    }
    if (isUnansweredAtEndOfDay(t, now, cal)) unanswered.push({ accountId: t.accountId, value: 1, label: t.subject });
  }
  const minutes = answered.map((r) => r.value!);
  return {
    responseP50Minutes: percentile(minutes, 0.5),
    responseP90Minutes: percentile(minutes, 0.9),
    respondedInTarget: minutes.length ? answered.filter((r) => r.counted).length / minutes.length : null,
    unansweredEndOfDay: unanswered.length,
    // One row per answered message (its business minutes; `counted`: within target) behind the three answer
    // figures; one per late message behind the unanswered count.
    accounts: {
      responseP50Minutes: answered,
      responseP90Minutes: answered,
      respondedInTarget: answered,
      unansweredEndOfDay: unanswered,
    },
  };
}

/** Whether the message went past the end of the workday it had to be answered by (judged at `now`). */
export function isUnansweredAtEndOfDay(t: Ticket, now: string, cal: WorkCalendar): boolean {
  const deadline = instantMs(answerBy(t.openedAt, cal));
  return instantMs(t.firstResponseAt ?? now) > deadline;
}
