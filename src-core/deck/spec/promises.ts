import type { DeckRecord, PresentedPlanItem } from '../../model';
import { formatMetricValue, formatPercent, goalStatus, metricInfo } from '../../metrics';
import type { AccountData } from '../../prep/account-data';
import { dayIn, formatDay, parsePeriod, type Period } from '../../time';
import type { TableSlide } from '../types';
import { measuredOn } from './goals';
import { notesText } from './notes';
import { pageTable } from './paging';

export type PromiseOutcome = 'Done' | 'In progress' | 'Not done' | 'Dropped';

export interface KeptPromise {
  item: PresentedPlanItem;
  outcome: PromiseOutcome;
  /** What in the account's data shows it, in the client's words. */
  evidence: string;
}

/** The latest QBR before this one that recorded the plan it presented; null when there is none. */
export function previousReview(decks: readonly DeckRecord[], period: Period): DeckRecord | null {
  return (
    decks
      .filter((d) => !d.deleted && d.kind === 'qbr' && d.period < period.key && d.plan !== undefined)
      .sort((a, b) => b.period.localeCompare(a.period) || b.generatedAt.localeCompare(a.generatedAt))[0] ?? null
  );
}

/**
 * "What we said we'd do — and what happened": each line of the plan the last QBR presented,
 * checked against the account's data as of the end of this quarter (or today while it runs):
 * POWER goals by their attainment, tasks by whether they were completed, meetings by whether
 * they were held. A line whose row is gone was dropped from the plan.
 */
export function promisesSlides(data: AccountData, period: Period, today: string, zone: string): TableSlide[] {
  const earlier = previousReview(data.decks, period);
  if (!earlier) return [];
  const asOf = measuredOn(period, today);
  const kept = (earlier.plan ?? []).map((item) => outcomeOf(item, data, asOf, zone));
  const label = safeLabel(earlier.period);
  const count = (o: PromiseOutcome) => kept.filter((k) => k.outcome === o).length;
  const pages = pageTable(
    {
      key: 'promises',
      title: 'What we said we’d do — and what happened',
      optional: false,
      notes: notesText([
        `The plan presented in the ${label} QBR (generated ${formatDay(earlier.generatedAt)}), ${kept.length} lines, each checked on ${formatDay(asOf)}:`,
        `done ${count('Done')}, in progress ${count('In progress')}, not done ${count('Not done')}, dropped ${count('Dropped')}.`,
        'POWER goals by their attainment (the mean of their last 4 weeks with data), tasks by their status, meetings and calls by whether they were held.',
      ]),
    },
    {
      columns: ['What we said we’d do', 'By', 'What happened', 'How we know'],
      widths: [4.6, 1.6, 2.2, 4.6],
      align: ['left', 'left', 'left', 'left'],
      rows: kept.map((k) => [k.item.objective, formatDay(k.item.date), k.outcome, k.evidence]),
    },
  );
  if (kept.length > 0) return pages;
  return pages.map((p) => ({ ...p, nothingToSay: `The ${label} QBR presented no plan for this quarter.` }));
}

export function outcomeOf(item: PresentedPlanItem, data: AccountData, asOf: string, zone: string): KeptPromise {
  const result = (outcome: PromiseOutcome, evidence: string): KeptPromise => ({ item, outcome, evidence });
  if (item.source === 'goal') {
    const goal = data.goals.find((g) => g.id === item.sourceId && !g.deleted);
    if (!goal || goal.status === 'dropped') return result('Dropped', 'Goal retired from the plan');
    const a = goalStatus(goal, data.metrics, asOf);
    const level = `${metricInfo(goal.metric).label} ${formatMetricValue(goal.metric, a.actual)} a week vs target ${formatMetricValue(goal.metric, goal.target)} (${formatPercent(a.progress)} of the way)`;
    if (a.status === 'achieved')
      return result(
        'Done',
        a.actual !== null ? `Reached: ${level}` : a.achievedOn ? `Reached on ${formatDay(a.achievedOn)}` : 'Reached',
      );
    if (a.status === 'missed') return result('Not done', `Not reached by ${formatDay(goal.dueDate)}: ${level}`);
    return result(
      'In progress',
      a.actual === null ? `No results yet; due ${formatDay(goal.dueDate)}` : `${a.label}: ${level}`,
    );
  }
  if (item.source === 'task') {
    const task = data.tasks.find((t) => t.id === item.sourceId && !t.deleted);
    if (!task || task.status === 'cancelled') return result('Dropped', 'Taken off the plan');
    if (task.status === 'done')
      return result('Done', task.completedAt ? `Completed ${formatDay(dayIn(task.completedAt, zone))}` : 'Completed');
    return result(
      'In progress',
      task.dueDate && task.dueDate < asOf ? `Open, was due ${formatDay(task.dueDate)}` : 'Open',
    );
  }
  const touch = data.activities.find((a) => a.id === item.sourceId && !a.deleted);
  if (!touch || touch.status === 'cancelled') return result('Dropped', 'Cancelled');
  const day = dayIn(touch.at, zone);
  if (touch.status === 'completed') return result('Done', `Held on ${formatDay(day)}`);
  if (touch.status === 'no_show') return result('Not done', `Did not take place on ${formatDay(day)}`);
  return result(
    'In progress',
    day < asOf ? `Planned for ${formatDay(day)}; not yet recorded as held` : `Scheduled for ${formatDay(day)}`,
  );
}

function safeLabel(key: string): string {
  try {
    return parsePeriod(key).label;
  } catch {
    return key;
  }
}
