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
 * One account's part of the response figures: its messages opened in the period, those answered
 * with their business minutes, and each with the end of the workday it had to be answered by —
 * whether one still waiting is late depends on the moment the scorecard is read, so that is judged
 * when the parts are combined.
 */
export interface ResponsePart {
  answered: FigureRow[];
  deadlines: (Deadline & { row: FigureRow })[];
}

/** When a message had to be answered by, and when it was (null: not yet), as epoch milliseconds. */
interface Deadline {
  answerByMs: number;
  answeredMs: number | null;
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
  return combineResponse([{ response: responsePart(tickets, period, settings) }], now);
}

export function responsePart(tickets: readonly Ticket[], period: Period, settings: Settings): ResponsePart {
  const cal = workCalendar(settings);
  const target = settings.response.firstResponseBusinessMinutes;
  const part: ResponsePart = { answered: [], deadlines: [] };
  for (const t of tickets) {
    if (!containsInstant(period, t.openedAt, cal.zone)) continue;
    if (t.firstResponseAt) {
      const m = businessMinutesBetween(t.openedAt, t.firstResponseAt, cal);
      part.answered.push({ accountId: t.accountId, value: m, counted: m <= target, label: t.subject });
    }
    part.deadlines.push({ ...deadlineOf(t, cal), row: { accountId: t.accountId, value: 1, label: t.subject } });
  }
  return part;
}

/** The response figures from each account's part, in the accounts' order, judged at `now`. */
export function combineResponse(
  parts: readonly { response: ResponsePart }[],
  now: string,
): WithAccounts<ResponseMetrics> {
  const nowMs = instantMs(now);
  const answered = parts.flatMap((p) => p.response.answered);
  const unanswered = parts.flatMap((p) => p.response.deadlines.filter((d) => pastDeadline(d, nowMs)).map((d) => d.row));
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

/** When the message had to be answered by: the end of the workday it came in on (the next one after hours). */
function deadlineOf(t: Ticket, cal: WorkCalendar): Deadline {
  return {
    answerByMs: instantMs(answerBy(t.openedAt, cal)),
    answeredMs: t.firstResponseAt === null ? null : instantMs(t.firstResponseAt),
  };
}

/** Unanswered, or answered, after the deadline, judged at `nowMs`. */
function pastDeadline(d: Deadline, nowMs: number): boolean {
  return (d.answeredMs ?? nowMs) > d.answerByMs;
}
