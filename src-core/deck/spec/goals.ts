import {
  formatGoalProgress,
  formatMetricValue,
  GOAL_STATUS_DEFINITION,
  goalStatus,
  metricInfo,
  type GoalStatus,
} from '../../metrics';
import type { Goal, MetricSeries } from '../../model';
import { formatDay, type Period } from '../../time';
import type { TableSlide, TableSpec } from '../types';
import { channelLabel } from './kpis';
import { notesText, periodRange } from './notes';
import { pageTable } from './paging';

export interface GoalRow {
  goal: Goal;
  /** The goals' one rule (`goalStatus`), measured on the period's last day or today while it runs. */
  status: GoalStatus;
}

/** The day goals are measured on: the period's last day, or today while the period runs. */
export function measuredOn(period: Period, today: string): string {
  return today < period.end ? today : period.end;
}

/** POWER goals that were live during the period (not dropped), measured as of its end. */
export function periodGoals(
  goals: readonly Goal[],
  series: readonly MetricSeries[],
  period: Period,
  today: string,
): GoalRow[] {
  const asOf = measuredOn(period, today);
  return goals
    .filter(
      (g) => g.status !== 'dropped' && g.startDate <= period.end && (g.dueDate >= period.start || g.status === 'open'),
    )
    .sort((a, b) => (a.dueDate === b.dueDate ? a.title.localeCompare(b.title) : a.dueDate.localeCompare(b.dueDate)))
    .map((goal) => ({ goal, status: goalStatus(goal, series, asOf) }));
}

/** Achieved or on track: what the summary counts as going well. */
export function goingWell(row: GoalRow): boolean {
  return row.status.status === 'achieved' || row.status.status === 'on_track';
}

export function goalsTable(rows: readonly GoalRow[]): TableSpec {
  return {
    columns: ['POWER goal', 'Baseline', 'Target', 'Actual', 'Progress', 'Due', 'Status'],
    widths: [5, 2, 2, 2, 2, 2.2, 2.2],
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
    rows: rows.map(({ goal, status: s }) => [
      `${goal.title} (${metricInfo(goal.metric).shortLabel}, ${channelLabel(goal.channel)}${s.direction === 'lower' ? ', lower is better' : ''})`,
      formatMetricValue(goal.metric, goal.baseline),
      formatMetricValue(goal.metric, goal.target),
      formatMetricValue(goal.metric, s.actual),
      formatGoalProgress(s.progress),
      formatDay(goal.dueDate),
      s.label,
    ]),
  };
}

export function goalSlides(
  key: string,
  title: string,
  rows: readonly GoalRow[],
  period: Period,
  today: string,
): TableSlide[] {
  const slides = pageTable(
    {
      key,
      title,
      optional: false,
      notes: notesText([
        `POWER goals live during ${periodRange(period)}, measured on ${formatDay(measuredOn(period, today))}.`,
        GOAL_STATUS_DEFINITION,
      ]),
    },
    goalsTable(rows),
  );
  // An empty goals table says nothing: left out and listed with why, the CSM may still include it.
  if (rows.length > 0) return slides;
  return slides.map((s) => ({ ...s, nothingToSay: `No POWER goals were live during ${period.label}.` }));
}
