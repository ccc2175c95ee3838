import { clientText, internalText, isForClient, type ClientText, type InternalText } from '../audience';
import type { AccountSignalKind } from '../model';
import { isSkipped } from '../health/engagement';
import { answersIn, answerTone, answerWords, formatMetricValue, formatPercent, goalStatus } from '../metrics';
import {
  addDays,
  containsDate,
  containsInstant,
  dayIn,
  daysBetween,
  formatDay,
  todayIn,
  UTC,
  type Period,
} from '../time';
import type { AccountData } from './account-data';
import { resultPoints } from './metric-points';
import { quietParts, type InsightPart } from './quiet-parts';

/** The SOP's three-part insight, said to the client: slides, the monthly insight email, the agenda. */
export interface ClientPoints {
  working: ClientText[];
  needsWork: ClientText[];
  /** Open POWER goals and the tasks the CSM marked for the client. */
  workingOn: ClientText[];
  /** What to say for a part with nothing in it, true to the data behind it. */
  whenEmpty: Record<InsightPart, ClientText>;
}

/** For the CSM only: presenter notes and the prep screen, never a slide or a client email. */
export interface InternalPoints {
  /** Expansion triggers to raise as a solution. */
  expansion: InternalText[];
  /** Risk signals, unpaid invoices, skipped meetings: to address in the conversation. */
  risk: InternalText[];
  /** Open tasks not marked for the client, and onboarding steps: the CSM's own to-dos. */
  toDo: InternalText[];
}

/** Every talking point knows its audience by where it sits: `client` or `internal`. */
export interface TalkingPoints {
  client: ClientPoints;
  internal: InternalPoints;
}

/** Points as they are drafted; `talkingPoints` hands each list to its audience once, at the end. */
interface Draft {
  working: string[];
  needsWork: string[];
  workingOn: string[];
  expansion: string[];
  risk: string[];
  toDo: string[];
}

const EXPANSION_SIGNALS: Partial<Record<AccountSignalKind, string>> = {
  capacity_limit: 'They are at capacity',
  scaling_business: 'They are scaling the business',
  seasonal_peak: 'Their seasonal peak is coming',
};
const RISK_SIGNALS: Partial<Record<AccountSignalKind, string>> = {
  competitor_interest: 'They are talking to a competitor',
  cancellation_threat: 'They have threatened to cancel',
  downgrade_request: 'They asked to downgrade',
  budget_concern: 'They raised a budget concern',
};
/** A signal older than this is history, not a trigger. */
export const SIGNAL_WINDOW_DAYS = 90;

/**
 * Talking points for a meeting or the monthly insight, drafted only from rows that exist: a
 * metric with no data, or an account with no goals, yields no point rather than a made-up one.
 */
export function talkingPoints(data: AccountData, period: Period, now: string, zone: string = UTC): TalkingPoints {
  const out: Draft = { working: [], needsWork: [], workingOn: [], expansion: [], risk: [], toDo: [] };
  const today = todayIn(now, zone);
  for (const p of resultPoints(data.metrics, period, now)) {
    if (p.kind === 'win') out.working.push(p.text);
    else if (p.kind === 'needs_work') out.needsWork.push(p.text);
    else out.expansion.push(p.text);
  }
  addGoalPoints(data, period, today, out);
  addFeedbackPoints(data, period, out);
  addWorkPoints(data, today, out);
  addSignalPoints(data, today, out);
  addCommercialRisk(data, period, today, zone, out);
  return {
    client: {
      working: out.working.map(clientText),
      needsWork: out.needsWork.map(clientText),
      workingOn: out.workingOn.map(clientText),
      whenEmpty: quietParts(data, period),
    },
    internal: {
      expansion: out.expansion.map(internalText),
      risk: out.risk.map(internalText),
      toDo: out.toDo.map(internalText),
    },
  };
}

function addGoalPoints(data: AccountData, period: Period, today: string, out: Draft): void {
  for (const goal of data.goals) {
    if (goal.deleted || goal.status === 'dropped' || goal.startDate > today) continue;
    // The goals' one rule (metrics/goal-status): a lower-is-better goal that got worse is never "reached".
    const s = goalStatus(goal, data.metrics, today);
    if (s.status === 'achieved') {
      if (s.achievedOn !== null && containsDate(period, s.achievedOn))
        out.working.push(`POWER goal reached: ${goal.title}.`);
      continue;
    }
    if ((s.status !== 'on_track' && s.status !== 'behind') || s.actual === null || s.progress === null) continue;
    const level = `${formatMetricValue(goal.metric, s.actual)} a week now, from ${formatMetricValue(goal.metric, goal.baseline)} toward ${formatMetricValue(goal.metric, goal.target)} by ${formatDay(goal.dueDate)}`;
    if (s.status === 'behind')
      out.needsWork.push(
        `POWER goal "${goal.title}" is behind: ${level} (${formatPercent(Math.max(0, s.progress))} of the way with ${formatPercent(s.elapsed)} of the time gone).`,
      );
    else out.workingOn.push(`POWER goal "${goal.title}": ${level}, on track.`);
  }
}

function addFeedbackPoints(data: AccountData, period: Period, out: Draft): void {
  for (const f of data.feedback) {
    if (f.deleted || !containsDate(period, f.date)) continue;
    // A row with both answers reads by its NPS, the one a client is asked for first.
    const first = answersIn(f)[0];
    if (!first) continue;
    const { kind, answer } = first;
    const said = f.comment.trim() ? `: "${f.comment.trim()}"` : '';
    const tone = answerTone(kind, answer);
    if (tone === 'good') out.working.push(`Feedback on ${formatDay(f.date)}: ${answerWords(kind, answer)}${said}.`);
    else if (tone === 'bad')
      out.needsWork.push(`Feedback on ${formatDay(f.date)}: ${answerWords(kind, answer)}${said}.`);
  }
}

/** Open tasks the CSM marked for the client are the client's plan; every other open task is the CSM's to-do. */
function addWorkPoints(data: AccountData, today: string, out: Draft): void {
  const open = data.tasks.filter((t) => !t.deleted && t.status === 'open');
  open.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title));
  for (const t of open) {
    const line = t.dueDate
      ? `${t.title} (due ${formatDay(t.dueDate)}${t.dueDate < today ? ', overdue' : ''}).`
      : `${t.title}.`;
    (isForClient(t) ? out.workingOn : out.toDo).push(line);
  }
  for (const step of data.onboardingSteps) {
    if (!step.deleted && step.completedAt === null)
      out.toDo.push(`Onboarding: ${step.title} (due ${formatDay(step.dueDate)}).`);
  }
}

function addSignalPoints(data: AccountData, today: string, out: Draft): void {
  const recent = data.account.signals.filter((s) => s.date >= addDays(today, -SIGNAL_WINDOW_DAYS) && s.date <= today);
  for (const s of recent) {
    const note = s.note.trim() ? `: ${s.note.trim()}` : '';
    const exp = EXPANSION_SIGNALS[s.kind];
    const risk = RISK_SIGNALS[s.kind];
    if (exp) out.expansion.push(`${exp} (noted ${formatDay(s.date)}${note}).`);
    if (risk) out.risk.push(`${risk} (noted ${formatDay(s.date)}${note}).`);
  }
  for (const o of data.opportunities) {
    if (o.deleted || o.stage === 'won' || o.stage === 'lost' || o.kind === 'renewal') continue;
    const why = o.problem.trim() ? ` for "${o.problem.trim()}"` : '';
    const impact = o.expectedImpact.trim() ? `; expected impact: ${o.expectedImpact.trim()}` : '';
    out.expansion.push(`Propose ${o.title}${why}${impact} (${o.stage}).`);
  }
}

function addCommercialRisk(data: AccountData, period: Period, today: string, zone: string, out: Draft): void {
  const overdue = data.invoices.filter((i) => !i.deleted && i.paidAt === null && i.dueDate < today);
  for (const i of overdue)
    out.risk.push(`Invoice ${i.number} is unpaid, ${daysBetween(i.dueDate, today)} days past due.`);
  const skipped = data.activities.filter((a) => !a.deleted && isSkipped(a) && containsInstant(period, a.at, zone));
  if (skipped.length > 0)
    out.risk.push(
      `${skipped.length === 1 ? 'A meeting was' : `${skipped.length} meetings were`} skipped (${skipped
        .map((a) => dayIn(a.at, zone))
        .sort()
        .map(formatDay)
        .join('; ')}).`,
    );
}
