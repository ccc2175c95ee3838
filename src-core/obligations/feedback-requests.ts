import { isForClient } from '../audience';
import type { AccountData } from '../health';
import type { ClientRequest, Feedback, FeedbackTrigger } from '../model';
import { addDays, containsDate, dayIn, formatDay, periodContaining } from '../time';

/**
 * Asking for feedback (seed 002: "Solicit feedback from each client quarterly, and after key
 * interactions and deliverables"; seed 003). A client is due for its quarterly ask when no
 * feedback was asked or given this quarter; it is prompted after a QBR held, a deliverable sent
 * (a value report or a QBR deck) or an escalation resolved (a high or urgent ticket) since the
 * last ask, within the last `PROMPT_DAYS` days; a task promised to the client and done is a
 * deliverable too. An answer is a feedback row naming its request.
 */
export const PROMPT_DAYS = 14;

export const FEEDBACK_DUE_DEFINITION =
  `Due each quarter when no feedback was asked or given this quarter, and after a QBR, a deliverable sent or an ` +
  `escalation resolved in the last ${PROMPT_DAYS} days that no request followed.`;

export interface FeedbackPrompt {
  trigger: FeedbackTrigger;
  /** The activity, deck or ticket behind the prompt; null for the quarterly ask. */
  causeId: string | null;
  /** The day of the moment (the quarter's first day for the quarterly ask). */
  day: string;
  /** What happened, for the CSM: "QBR held on Sep 10, 2026". */
  reason: string;
}

export function feedbackRequests(data: AccountData): ClientRequest[] {
  return data.clientRequests.filter((r) => r.kind === 'feedback');
}

/** The answer recorded against a request, if any. */
export function answerTo(request: ClientRequest, feedback: readonly Feedback[]): Feedback | null {
  return feedback.find((f) => f.requestId === request.id) ?? null;
}

/** Feedback requests sent and neither answered nor closed, oldest first. */
export function unansweredRequests(data: AccountData): ClientRequest[] {
  return feedbackRequests(data)
    .filter((r) => r.closedAt === null && answerTo(r, data.feedback) === null)
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

/**
 * The moments after which a client is asked for feedback: a QBR held, a deliverable (a QBR deck or
 * value report made, a value report sent, a task promised to the client done) and an escalation
 * resolved (a high or urgent ticket), each on its day on the CSM's calendar (`zone`).
 */
function feedbackMoments(data: AccountData, zone: string): FeedbackPrompt[] {
  const moments: FeedbackPrompt[] = [];
  for (const a of data.activities) {
    if (a.status !== 'completed' || (a.kind !== 'qbr' && a.kind !== 'value_report')) continue;
    const on = dayIn(a.at, zone);
    moments.push(
      a.kind === 'qbr'
        ? { trigger: 'qbr', causeId: a.id, day: on, reason: `QBR held on ${formatDay(on)}` }
        : { trigger: 'deliverable', causeId: a.id, day: on, reason: `Value report sent on ${formatDay(on)}` },
    );
  }
  for (const d of data.decks) {
    const on = dayIn(d.generatedAt, zone);
    const what = d.kind === 'qbr' ? 'QBR deck' : d.kind === 'value_report' ? 'Value report' : null;
    if (what)
      moments.push({
        trigger: 'deliverable',
        causeId: d.id,
        day: on,
        reason: `${what} ${d.period} made on ${formatDay(on)}`,
      });
  }
  for (const t of data.tasks) {
    if (t.status !== 'done' || !isForClient(t) || t.completedAt === null) continue;
    const on = dayIn(t.completedAt, zone);
    moments.push({
      trigger: 'deliverable',
      causeId: t.id,
      day: on,
      reason: `Delivered on ${formatDay(on)}: ${t.title}`,
    });
  }
  for (const t of data.tickets) {
    if (t.resolvedAt === null || (t.priority !== 'high' && t.priority !== 'urgent')) continue;
    const on = dayIn(t.resolvedAt, zone);
    moments.push({
      trigger: 'escalation',
      causeId: t.id,
      day: on,
      reason: `Escalation resolved on ${formatDay(on)}: ${t.subject}`,
    });
  }
  return moments;
}

/** What asks this account is due for on `day`, on the CSM's calendar (`zone`). */
export function feedbackPrompts(data: AccountData, day: string, zone: string): FeedbackPrompt[] {
  const requests = feedbackRequests(data);
  const asked = new Set(requests.map((r) => r.causeId).filter((id): id is string => id !== null));
  const lastAsk = requests.reduce<string>((last, r) => {
    const d = dayIn(r.requestedAt, zone);
    return d > last ? d : last;
  }, '');
  const from = addDays(day, -PROMPT_DAYS);
  const fresh = (m: FeedbackPrompt) =>
    m.causeId !== null && !asked.has(m.causeId) && m.day >= from && m.day <= day && m.day > lastAsk;
  const prompts = feedbackMoments(data, zone).filter(fresh);
  const quarter = periodContaining(day, 'quarter');
  const askedThisQuarter = requests.some((r) => containsDate(quarter, dayIn(r.requestedAt, zone)));
  const answeredThisQuarter = data.feedback.some((f) => containsDate(quarter, f.date));
  if (!askedThisQuarter && !answeredThisQuarter) {
    prompts.push({
      trigger: 'quarterly',
      causeId: null,
      day: quarter.start,
      reason: `No feedback yet in ${quarter.label}`,
    });
  }
  return prompts.sort((a, b) => b.day.localeCompare(a.day));
}

/**
 * The ask due right after one moment (a QBR logged, a deck saved, a deliverable done): the prompt
 * the screen raises where it happened, by the same rule as the Feedback tab, so it disappears once
 * the request is recorded or when an earlier ask already covers it.
 */
export function feedbackPromptAfter(
  data: AccountData,
  causeId: string,
  day: string,
  zone: string,
): FeedbackPrompt | null {
  return feedbackPrompts(data, day, zone).find((p) => p.causeId === causeId) ?? null;
}

/** Feedback asked in the year to `day`, and how many of those asks were answered. */
export function feedbackAskedInYear(
  accounts: readonly AccountData[],
  year: { start: string; end: string },
  zone: string,
): { requested: number; answered: number } {
  let requested = 0;
  let answered = 0;
  for (const a of accounts) {
    for (const r of feedbackRequests(a)) {
      const on = dayIn(r.requestedAt, zone);
      if (on < year.start || on > year.end) continue;
      requested++;
      if (answerTo(r, a.feedback)) answered++;
    }
  }
  return { requested, answered };
}
