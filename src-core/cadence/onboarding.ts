import type { AccountData } from '../health';
import type { Account, OnboardingStep, OnboardingStepKey } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addBusinessDays, addDays, dayIn, daysBetween, todayIn, workCalendar } from '../time';

export interface PlannedStep {
  key: OnboardingStepKey;
  title: string;
  dueDate: string;
}

/**
 * The onboarding clock from the client's start (SOP §1, seed 001 weeks 1–4): welcome package
 * within 24 hours, kickoff within 3 business days, first quick win within 7 days, the four weekly
 * checkpoints, and first value within 30 days.
 */
export function onboardingPlan(startedAt: string, settings: Settings): PlannedStep[] {
  const o = settings.onboarding;
  const [w1, w2, w3, w4] = o.weekCheckpointsDays as [number, number, number, number];
  return [
    {
      key: 'welcome_package',
      title: 'Send the welcome package',
      dueDate: addDays(startedAt, Math.ceil(o.welcomeHours / 24)),
    },
    {
      key: 'kickoff',
      title: 'Hold the kickoff call',
      dueDate: addBusinessDays(startedAt, o.kickoffBusinessDays, workCalendar(settings)),
    },
    { key: 'quick_win', title: 'Deliver the first quick win', dueDate: addDays(startedAt, o.quickWinDays) },
    {
      key: 'week1_welcome_call',
      title: 'Week 1: welcome call (expectations, context, success metrics)',
      dueDate: addDays(startedAt, w1),
    },
    { key: 'week2_progress_check', title: 'Week 2: progress check-in and early wins', dueDate: addDays(startedAt, w2) },
    {
      key: 'week3_initial_results',
      title: 'Week 3: review initial results and optimise',
      dueDate: addDays(startedAt, w3),
    },
    { key: 'week4_first_results_review', title: 'Week 4: first results review', dueDate: addDays(startedAt, w4) },
    { key: 'first_value', title: 'First measurable value delivered', dueDate: addDays(startedAt, o.firstValueDays) },
  ];
}

/** The plan as rows to store (valid per `onboardingStepSchema`). */
export function createOnboardingSteps(
  account: Account,
  now: string,
  newId: () => string,
  settings: Settings,
): OnboardingStep[] {
  return onboardingPlan(account.startedAt, settings).map((p) => ({
    id: newId(),
    rev: 0,
    deleted: false,
    updatedAt: now,
    accountId: account.id,
    key: p.key,
    title: p.title,
    dueDate: p.dueDate,
    completedAt: null,
  }));
}

export type OnboardingState = 'done' | 'done_late' | 'late' | 'due' | 'upcoming';

export interface OnboardingProgress {
  accountId: string;
  steps: (PlannedStep & { completedAt: string | null; state: OnboardingState })[];
  /** Days from start to first value, once reached. Target < 30 (stretch < 7). */
  timeToFirstValueDays: number | null;
  late: number;
}

/** Where an account stands on its onboarding clock; stored rows win over the plan's dates. */
export function onboardingStatus(data: AccountData, now: string, settings: Settings): OnboardingProgress {
  const zone = csmTimeZone(settings);
  const today = todayIn(now, zone);
  const rows = new Map(data.onboardingSteps.map((s) => [s.key, s]));
  const steps = onboardingPlan(data.account.startedAt, settings).map((p) => {
    const row = rows.get(p.key);
    const dueDate = row?.dueDate ?? p.dueDate;
    const completedAt = row?.completedAt ?? null;
    const state: OnboardingState = completedAt
      ? dayIn(completedAt, zone) > dueDate
        ? 'done_late'
        : 'done'
      : dueDate < today
        ? 'late'
        : dueDate === today
          ? 'due'
          : 'upcoming';
    return { ...p, title: row?.title ?? p.title, dueDate, completedAt, state };
  });
  const firstValue = steps.find((s) => s.key === 'first_value')?.completedAt ?? null;
  return {
    accountId: data.account.id,
    steps,
    timeToFirstValueDays: firstValue ? daysBetween(data.account.startedAt, dayIn(firstValue, zone)) : null,
    late: steps.filter((s) => s.state === 'late').length,
  };
}
