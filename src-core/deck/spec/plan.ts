import { internalText, isForClient } from '../../audience';
import type { PresentedPlanItem } from '../../model';
import type { AccountData } from '../../prep/account-data';
import { formatMetricValue } from '../../metrics';
import { addDays, formatDay, periodContaining, type Period } from '../../time';
import type { TableSlide } from '../types';
import { forYouNote, notesText, periodRange } from './notes';
import { pageTable } from './paging';

export function nextPeriod(period: Period): Period {
  return periodContaining(addDays(period.end, 1), period.kind === 'year' ? 'year' : period.kind);
}

/** A line of the client plan, with the row it came from so the next review can check it. */
export type PlanItem = PresentedPlanItem;

/** Touchpoints the client takes part in; audits and reports being sent are the CSM's own work. */
const CLIENT_TOUCHPOINTS: ReadonlySet<string> = new Set(['meeting', 'qbr', 'call']);

const dueBy = (t: AccountData['tasks'][number], next: Period) =>
  !t.deleted && t.status === 'open' && t.dueDate !== null && t.dueDate <= next.end;

/**
 * The client plan for the next quarter or month: tasks the CSM marked for the client, meetings
 * scheduled with them, and the open POWER goals still running then. A task the CSM did not mark
 * (a playbook step, "Prepare the QBR deck") is never in it. Owners are the CSM unless the row
 * says otherwise.
 */
export function planItems(data: AccountData, next: Period): PlanItem[] {
  const csm = data.account.ownerName || 'Account team';
  const tasks = data.tasks
    .filter((t) => dueBy(t, next) && isForClient(t))
    .map((t) => ({ source: 'task' as const, sourceId: t.id, objective: t.title, owner: csm, date: t.dueDate! }));
  const meetings = data.activities
    .filter(
      (a) =>
        !a.deleted &&
        a.status === 'scheduled' &&
        CLIENT_TOUCHPOINTS.has(a.kind) &&
        a.at.slice(0, 10) >= next.start &&
        a.at.slice(0, 10) <= next.end,
    )
    .map((a) => ({
      source: 'meeting' as const,
      sourceId: a.id,
      objective: a.subject,
      owner: csm,
      date: a.at.slice(0, 10),
    }));
  const goals = data.goals
    .filter((g) => !g.deleted && g.status === 'open' && g.dueDate >= next.start)
    .map((g) => ({
      source: 'goal' as const,
      sourceId: g.id,
      objective: `${g.title}: reach ${formatMetricValue(g.metric, g.target)}`,
      owner: `${csm} with the client`,
      date: g.dueDate,
    }));
  return [...goals, ...tasks, ...meetings].sort((a, b) =>
    a.date === b.date ? a.objective.localeCompare(b.objective) : a.date.localeCompare(b.date),
  );
}

/** The CSM's own open tasks due by the end of the next period: in the notes, never on the slide. */
function internalTasks(data: AccountData, next: Period) {
  return data.tasks
    .filter((t) => dueBy(t, next) && !isForClient(t))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
    .map((t) => internalText(`${t.title} (due ${formatDay(t.dueDate!)})`));
}

export function planSlides(
  data: AccountData,
  period: Period,
  key: string,
  title: string,
  items: readonly PlanItem[] = planItems(data, nextPeriod(period)),
): TableSlide[] {
  const next = nextPeriod(period);
  const pages = pageTable(
    {
      key,
      title,
      optional: false,
      notes: notesText([
        `Plan for ${periodRange(next)}: open POWER goals due from then on, open tasks you marked for the client due by its end (overdue ones included), and meetings and calls scheduled in it.`,
        forYouNote('your own to-dos in that time, not on the slide', internalTasks(data, next)),
      ]),
    },
    {
      columns: ['Objective', 'Owner', 'Date'],
      widths: [6, 3, 2],
      align: ['left', 'left', 'left'],
      rows: items.map((i) => [i.objective, i.owner, formatDay(i.date)]),
    },
  );
  if (items.length > 0) return pages;
  const nothingToSay =
    `Nothing is planned with the client for ${next.label}: ` +
    'no open POWER goal, no task marked for the client, no meeting scheduled.';
  return pages.map((p) => ({ ...p, nothingToSay }));
}
