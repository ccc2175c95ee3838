import type { Activity, OnboardingStep, OnboardingStepKey } from '../model';
import { addDays } from '../time/dates';
import { clientInstant, type AccountPlan } from './account-plan';
import { addBusinessDays, workdayOnOrAfter } from '../time';
import { activity, type People } from './cadence-activities';
import { scopedRow, WEEKDAYS_ONLY, type DemoContext } from './context';
import { inCalendarWindow } from './meeting-status';

interface StepPlan {
  key: OnboardingStepKey;
  title: string;
  due: (start: string) => string;
  /** The touchpoint that completes the step, when it is one. */
  touch?: { kind: Activity['kind']; minutes: number; subject: string };
}

/** The onboarding clocks of DESIGN §2: welcome package ≤ 24 h, kickoff ≤ 3 business days, quick win ≤ 7 days, weeks 1–4. */
export const ONBOARDING_PLAN: readonly StepPlan[] = [
  {
    key: 'welcome_package',
    title: 'Send the welcome package',
    due: (s) => addDays(s, 1),
    touch: { kind: 'email', minutes: 15, subject: 'Welcome aboard — your first 30 days' },
  },
  {
    key: 'kickoff',
    title: 'Kickoff meeting',
    due: (s) => addBusinessDays(s, 3, WEEKDAYS_ONLY),
    touch: { kind: 'meeting', minutes: 60, subject: 'Kickoff meeting' },
  },
  { key: 'quick_win', title: 'Deliver the first quick win', due: (s) => addDays(s, 7) },
  {
    key: 'week1_welcome_call',
    title: 'Week 1: welcome call',
    due: (s) => addDays(s, 7),
    touch: { kind: 'call', minutes: 30, subject: 'Week 1 welcome call' },
  },
  {
    key: 'week2_progress_check',
    title: 'Week 2: progress check',
    due: (s) => addDays(s, 14),
    touch: { kind: 'call', minutes: 30, subject: 'Week 2 progress check' },
  },
  {
    key: 'week3_initial_results',
    title: 'Week 3: review initial results',
    due: (s) => addDays(s, 21),
    touch: { kind: 'meeting', minutes: 30, subject: 'Week 3 initial results' },
  },
  {
    key: 'week4_first_results_review',
    title: 'Week 4: first results review',
    due: (s) => addDays(s, 28),
    touch: { kind: 'meeting', minutes: 45, subject: 'Week 4 first results review' },
  },
  { key: 'first_value', title: 'First measurable win (time to first value)', due: (s) => addDays(s, 30) },
];

export interface OnboardingRows {
  steps: OnboardingStep[];
  activities: Activity[];
}

/** Onboarding steps and their touchpoints for every client who started inside the history window. */
export function onboardingRows(ctx: DemoContext, plan: AccountPlan, people: People): OnboardingRows {
  const out: OnboardingRows = { steps: [], activities: [] };
  if (plan.startedAt < ctx.historyStart) return out;
  const rng = plan.rng.fork('onboarding');
  const start = plan.startedAt;
  const pastDue = ONBOARDING_PLAN.filter((s) => s.due(start) < ctx.asOf);
  const lateKey = plan.flags.lateOnboardingStep ? pastDue[pastDue.length - 1]?.key : undefined;
  for (const step of ONBOARDING_PLAN) {
    const due = step.due(start);
    const doneDay = workdayOnOrAfter(addDays(due, -rng.int(0, 2)), WEEKDAYS_ONLY);
    const doneAt = clientInstant(plan, doneDay < start ? start : doneDay, rng.int(10, 16) * 60);
    const completed = step.key !== lateKey && doneAt <= ctx.now && (!plan.churnedAt || doneDay <= plan.churnedAt);
    out.steps.push({
      ...scopedRow(ctx, plan.id, completed ? doneAt : start),
      key: step.key,
      title: step.title,
      dueDate: due,
      completedAt: completed ? doneAt : null,
    });
    if (!step.touch || step.key === lateKey) continue;
    const scheduled = !completed && doneAt > ctx.now;
    if (!completed && !(scheduled && inCalendarWindow(ctx, doneAt))) continue;
    out.activities.push(
      activity(ctx, plan, {
        kind: step.touch.kind,
        status: completed ? 'completed' : 'scheduled',
        direction: step.touch.kind === 'email' ? 'outbound' : 'two_way',
        at: doneAt,
        durationMinutes: step.touch.minutes,
        subject: step.touch.subject,
        outcome: completed ? `${step.title} done with ${people.primary.name}.` : '',
        attendeeIds:
          step.touch.kind === 'email' ? [people.owner.id] : [...new Set([people.owner.id, people.primary.id])],
        insight: null,
      }),
    );
  }
  return out;
}
