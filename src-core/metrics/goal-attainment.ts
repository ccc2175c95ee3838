import type { Goal, MetricSeries } from '../model';
import { addDays, daysBetween } from '../time';
import { seriesPoints } from './series-points';

export interface GoalAttainment {
  goalId: string;
  baseline: number;
  target: number;
  /** The current weekly level (see `GOAL_LEVEL_WEEKS`), null when no week has data yet. */
  actual: number | null;
  /**
   * Share of the way from baseline to target: 0 at baseline, 1 at target, above 1 beyond it,
   * negative when it moved the wrong way. Direction-aware by construction: a cost-per-lead goal
   * has target < baseline, and falling cost moves progress up.
   */
  progress: number | null;
  /** Share of the goal's time that has passed, 0–1. */
  elapsed: number;
  /** Achieved, or at least as far along as the calendar: progress ≥ elapsed. */
  onTrack: boolean;
  achieved: boolean;
}

/**
 * POWER goals state a weekly level ("from 20 to 30 leads a week"), like the series they measure.
 * The actual level is the mean of the last 4 weeks with data, so one odd week neither makes
 * nor breaks a goal.
 */
export const GOAL_LEVEL_WEEKS = 4;

export function goalAttainment(goal: Goal, series: readonly MetricSeries[], asOf: string): GoalAttainment {
  const until = asOf < goal.dueDate ? asOf : goal.dueDate;
  // Look back a little before the start so a goal set mid-week still has a level.
  const points = seriesPoints(series, goal.metric, goal.channel, addDays(goal.startDate, -7), until);
  const recent = points.flatMap((p) => (p.value === null ? [] : [p.value])).slice(-GOAL_LEVEL_WEEKS);
  const actual = recent.length ? recent.reduce((a, b) => a + b, 0) / recent.length : null;
  const span = goal.target - goal.baseline;
  const progress = actual === null || span === 0 ? null : (actual - goal.baseline) / span;
  const total = daysBetween(goal.startDate, goal.dueDate);
  const elapsed = total <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(goal.startDate, asOf) / total));
  const achieved = goal.status === 'achieved' || (progress !== null && progress >= 1);
  return {
    goalId: goal.id,
    baseline: goal.baseline,
    target: goal.target,
    actual,
    progress,
    elapsed,
    onTrack: achieved || (progress !== null && progress >= elapsed),
    achieved,
  };
}
