import type { Goal, MetricSeries } from '../model';
import { addDays, daysBetween } from '../time';
import { metricInfo, type MetricDirection } from './metric-info';
import { seriesPoints, type MetricPoint } from './series-points';

/**
 * The one rule for where a POWER goal stands: achieved, on track, behind, or missed once past
 * due. The deck, the scorecard's goal completion, prep's talking points, ROI and the account's
 * Goals tab all read `goalStatus`, so a goal is never "Achieved" on a slide and "not completed"
 * on the scorecard.
 */
export type GoalStatusKey = 'achieved' | 'on_track' | 'behind' | 'missed' | 'no_data' | 'dropped';

export const GOAL_STATUS_LABELS: Record<GoalStatusKey, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  behind: 'Behind',
  missed: 'Missed',
  no_data: 'No data yet',
  dropped: 'Dropped',
};

export const GOAL_STATUS_DEFINITION =
  "A goal's level is the mean of its last 4 weeks with data in its metric and channel. Achieved: the level reached the target (at or above it, or at or below it when lower is better) between the start and the due date. Missed: not reached by the due date. Before then: on track when the share of the way from baseline to target is at least the share of the time gone, else behind. Without data, a goal you marked achieved counts as achieved.";

/** POWER goals state a weekly level ("from 20 to 30 leads a week"): the mean of the last 4 weeks with data. */
export const GOAL_LEVEL_WEEKS = 4;

/**
 * Which way is better for the goal: its own `direction` when set; else lower for a metric where
 * lower is better (cost per lead), or when the target is below the baseline; else higher. Goals
 * saved before `direction` existed are read this way.
 */
export function goalDirection(
  goal: Pick<Goal, 'direction' | 'metric' | 'baseline' | 'target' | 'title'>,
): MetricDirection {
  if (goal.direction) return goal.direction;
  if (metricInfo(goal.metric).direction === 'lower') return 'lower';
  if (goal.target !== goal.baseline) return goal.target < goal.baseline ? 'lower' : 'higher';
  return /\b(cost|cpl|churn|spend|reduce|lower|cut)\b/i.test(goal.title) ? 'lower' : 'higher';
}

export interface GoalStatus {
  goalId: string;
  status: GoalStatusKey;
  label: string;
  direction: MetricDirection;
  baseline: number;
  target: number;
  /** The level on the day measured (the earlier of `asOf` and the due date); null without data. */
  actual: number | null;
  /** Share of the way from baseline to target (1 = target), negative when it moved the wrong way. */
  progress: number | null;
  /** Share of the goal's time gone by `asOf`, 0–1. */
  elapsed: number;
  /** The day the target was first reached (the end of that week), or the CSM's date when there is no data. */
  achievedOn: string | null;
  /** Whether the status rests on the KPI series or on the CSM's own mark (no data for the metric). */
  basis: 'data' | 'marked';
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function reaches(direction: MetricDirection, level: number, target: number): boolean {
  return direction === 'higher' ? level >= target : level <= target;
}

/**
 * The first week in the goal's window whose level reached the target, as the week's last day (or
 * `until` for the week still running): the same level as `actual`, so "now at target" is achieved.
 */
function reachedOn(goal: Goal, points: readonly MetricPoint[], until: string, direction: MetricDirection) {
  const recent: number[] = [];
  for (const p of points) {
    if (p.value === null) continue;
    recent.push(p.value);
    if (recent.length > GOAL_LEVEL_WEEKS) recent.shift();
    if (p.date <= goal.startDate) continue;
    const weekEnd = addDays(p.date, 6);
    if (reaches(direction, mean(recent), goal.target)) return weekEnd < until ? weekEnd : until;
  }
  return null;
}

/** Where a goal stands on `asOf` (a day), by the one rule above. */
export function goalStatus(goal: Goal, series: readonly MetricSeries[], asOf: string): GoalStatus {
  const direction = goalDirection(goal);
  const until = asOf < goal.dueDate ? asOf : goal.dueDate;
  // A little before the start, so a goal set mid-week still has a level.
  const points = seriesPoints(series, goal.metric, goal.channel, addDays(goal.startDate, -7), until);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const actual = values.length ? mean(values.slice(-GOAL_LEVEL_WEEKS)) : null;
  const span = goal.target - goal.baseline;
  const progress = actual === null || span === 0 ? null : (actual - goal.baseline) / span;
  const total = daysBetween(goal.startDate, goal.dueDate);
  const elapsed = total <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(goal.startDate, asOf) / total));
  const base = { goalId: goal.id, direction, baseline: goal.baseline, target: goal.target, actual, progress, elapsed };
  const basis = actual === null ? 'marked' : 'data';
  const achievedOn =
    actual === null
      ? goal.status === 'achieved' && goal.achievedAt !== null && goal.achievedAt <= asOf
        ? goal.achievedAt
        : null
      : reachedOn(goal, points, until, direction);
  const status: GoalStatusKey =
    goal.status === 'dropped'
      ? 'dropped'
      : achievedOn !== null
        ? 'achieved'
        : asOf > goal.dueDate
          ? 'missed'
          : progress === null
            ? actual === null
              ? 'no_data'
              : 'behind'
            : progress >= elapsed
              ? 'on_track'
              : 'behind';
  return { ...base, status, label: GOAL_STATUS_LABELS[status], achievedOn, basis };
}
