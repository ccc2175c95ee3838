import type { Goal, MetricSeries } from '../../model';
import { formatMetricValue, formatPercent, goalAttainment, metricInfo, type GoalAttainment } from '../../metrics';
import type { Period } from '../../time';
import type { TableSlide, TableSpec } from '../types';
import { channelLabel } from './kpis';
import { notesText, periodRange } from './notes';
import { pageTable } from './paging';

export interface GoalRow {
  goal: Goal;
  attainment: GoalAttainment;
  status: string;
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
    .map((goal) => {
      const attainment = goalAttainment(goal, series, asOf);
      return { goal, attainment, status: goalStatus(goal, attainment) };
    });
}

export function goalStatus(goal: Goal, a: GoalAttainment): string {
  if (a.achieved) return 'Achieved';
  if (goal.status === 'missed') return 'Missed';
  if (a.progress === null) return 'No data yet';
  return a.onTrack ? 'On track' : 'Behind';
}

export function goalsTable(rows: readonly GoalRow[]): TableSpec {
  return {
    columns: ['POWER goal', 'Baseline', 'Target', 'Actual', 'Progress', 'Due', 'Status'],
    widths: [5, 2, 2, 2, 2, 2.2, 2.2],
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
    rows: rows.map(({ goal, attainment: a, status }) => [
      `${goal.title} (${metricInfo(goal.metric).shortLabel}, ${channelLabel(goal.channel)})`,
      formatMetricValue(goal.metric, goal.baseline),
      formatMetricValue(goal.metric, goal.target),
      formatMetricValue(goal.metric, a.actual),
      formatPercent(a.progress),
      goal.dueDate,
      status,
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
  return pageTable(
    {
      key,
      title,
      optional: false,
      notes: notesText([
        `POWER goals live during ${periodRange(period)}, measured on ${measuredOn(period, today)}.`,
        "Actual is the mean of the last 4 weeks with data in the goal's metric and channel (goals state a weekly level).",
        "Progress is the share of the way from baseline to target; on track means progress is at least the share of the goal's time that has passed.",
      ]),
    },
    goalsTable(rows),
  );
}
