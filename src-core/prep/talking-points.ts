import type { AccountSignalKind } from '../model';
import { isSkipped } from '../health/engagement';
import { formatMetricValue, formatPercent, goalStatus } from '../metrics';
import { addDays, containsDate, containsInstant, dayIn, daysBetween, todayIn, UTC, type Period } from '../time';
import type { AccountData } from './account-data';
import { resultPoints } from './metric-points';

/** The SOP's three-part insight, plus what to raise when an expansion or risk trigger fired. */
export interface TalkingPoints {
  working: string[];
  needsWork: string[];
  workingOn: string[];
  expansion: string[];
  risk: string[];
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
  const out: TalkingPoints = { working: [], needsWork: [], workingOn: [], expansion: [], risk: [] };
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
  return out;
}

function addGoalPoints(data: AccountData, period: Period, today: string, out: TalkingPoints): void {
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
    const level = `${formatMetricValue(goal.metric, s.actual)} a week now, from ${formatMetricValue(goal.metric, goal.baseline)} toward ${formatMetricValue(goal.metric, goal.target)} by ${goal.dueDate}`;
    if (s.status === 'behind')
      out.needsWork.push(
        `POWER goal "${goal.title}" is behind: ${level} (${formatPercent(Math.max(0, s.progress))} of the way with ${formatPercent(s.elapsed)} of the time gone).`,
      );
    else out.workingOn.push(`POWER goal "${goal.title}": ${level}, on track.`);
  }
}

function addFeedbackPoints(data: AccountData, period: Period, out: TalkingPoints): void {
  for (const f of data.feedback) {
    if (f.deleted || !containsDate(period, f.date)) continue;
    const score = f.nps !== null ? `NPS ${f.nps}` : `CSAT ${f.csat}/5`;
    const said = f.comment.trim() ? `: "${f.comment.trim()}"` : '';
    const good = f.nps !== null ? f.nps >= 9 : (f.csat ?? 0) >= 5;
    const bad = f.nps !== null ? f.nps <= 6 : (f.csat ?? 5) <= 3;
    if (good) out.working.push(`Feedback on ${f.date}: ${score}${said}.`);
    else if (bad) out.needsWork.push(`Feedback on ${f.date}: ${score}${said}.`);
  }
}

function addWorkPoints(data: AccountData, today: string, out: TalkingPoints): void {
  const open = data.tasks.filter((t) => !t.deleted && t.status === 'open');
  open.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title));
  for (const t of open)
    out.workingOn.push(
      t.dueDate ? `${t.title} (due ${t.dueDate}${t.dueDate < today ? ', overdue' : ''}).` : `${t.title}.`,
    );
  for (const step of data.onboardingSteps) {
    if (!step.deleted && step.completedAt === null)
      out.workingOn.push(`Onboarding: ${step.title} (due ${step.dueDate}).`);
  }
}

function addSignalPoints(data: AccountData, today: string, out: TalkingPoints): void {
  const recent = data.account.signals.filter((s) => s.date >= addDays(today, -SIGNAL_WINDOW_DAYS) && s.date <= today);
  for (const s of recent) {
    const note = s.note.trim() ? `: ${s.note.trim()}` : '';
    const exp = EXPANSION_SIGNALS[s.kind];
    const risk = RISK_SIGNALS[s.kind];
    if (exp) out.expansion.push(`${exp} (noted ${s.date}${note}).`);
    if (risk) out.risk.push(`${risk} (noted ${s.date}${note}).`);
  }
  for (const o of data.opportunities) {
    if (o.deleted || o.stage === 'won' || o.stage === 'lost' || o.kind === 'renewal') continue;
    const why = o.problem.trim() ? ` for "${o.problem.trim()}"` : '';
    const impact = o.expectedImpact.trim() ? `; expected impact: ${o.expectedImpact.trim()}` : '';
    out.expansion.push(`Propose ${o.title}${why}${impact} (${o.stage}).`);
  }
}

function addCommercialRisk(data: AccountData, period: Period, today: string, zone: string, out: TalkingPoints): void {
  const overdue = data.invoices.filter((i) => !i.deleted && i.paidAt === null && i.dueDate < today);
  for (const i of overdue)
    out.risk.push(`Invoice ${i.number} is unpaid, ${daysBetween(i.dueDate, today)} days past due.`);
  const skipped = data.activities.filter((a) => !a.deleted && isSkipped(a) && containsInstant(period, a.at, zone));
  if (skipped.length > 0)
    out.risk.push(
      `${skipped.length === 1 ? 'A meeting was' : `${skipped.length} meetings were`} skipped (${skipped
        .map((a) => dayIn(a.at, zone))
        .sort()
        .join(', ')}).`,
    );
}
