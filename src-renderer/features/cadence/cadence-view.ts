import type { CadenceItem, CadenceKey, OnboardingProgress, OnboardingState } from '../../../src-core/cadence';
import { daysBetween } from '../../../src-core/time';

export interface CadenceCount {
  key: CadenceKey;
  label: string;
  overdue: number;
  due: number;
}

/** Per rhythm, how many accounts are overdue and due this week, most overdue rhythm first. */
export function cadenceCounts(items: readonly CadenceItem[]): CadenceCount[] {
  const byKey = new Map<CadenceKey, CadenceCount>();
  for (const i of items) {
    const c = byKey.get(i.key) ?? { key: i.key, label: i.label, overdue: 0, due: 0 };
    if (i.state === 'overdue') c.overdue++;
    if (i.state === 'due') c.due++;
    byKey.set(i.key, c);
  }
  return [...byKey.values()].sort((a, b) => b.overdue - a.overdue || b.due - a.due || a.label.localeCompare(b.label));
}

/** "12 days overdue", "due today", "due in 3 days". */
export function dueWords(dueDate: string | null, today: string): string {
  if (dueDate === null) return 'automated';
  const days = daysBetween(today, dueDate);
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  return `due in ${days} day${days === 1 ? '' : 's'}`;
}

export const ONBOARDING_TONE: Record<OnboardingState, 'good' | 'warn' | 'bad' | 'info' | 'neutral'> = {
  done: 'good',
  done_late: 'warn',
  late: 'bad',
  due: 'info',
  upcoming: 'neutral',
};

/** Onboarding clients with late steps first, then by how far along the clock they are. */
export function sortOnboarding(list: readonly OnboardingProgress[]): OnboardingProgress[] {
  const done = (p: OnboardingProgress) => p.steps.filter((s) => s.completedAt !== null).length;
  return [...list].sort((a, b) => b.late - a.late || done(a) - done(b) || a.accountId.localeCompare(b.accountId));
}

/** Short column headers for the eight steps of the clock. */
export const STEP_SHORT: Record<string, string> = {
  welcome_package: 'Welcome ≤ 24 h',
  kickoff: 'Kickoff ≤ 3 bd',
  quick_win: 'Quick win ≤ 7 d',
  week1_welcome_call: 'Week 1',
  week2_progress_check: 'Week 2',
  week3_initial_results: 'Week 3',
  week4_first_results_review: 'Week 4',
  first_value: 'First value',
};
