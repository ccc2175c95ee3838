import type { AccountData } from '../../prep/account-data';
import { formatMetricValue } from '../../metrics';
import { addDays, periodContaining, type Period } from '../../time';
import type { TableSlide } from '../types';
import { notesText, periodRange } from './notes';
import { pageTable } from './paging';

export function nextPeriod(period: Period): Period {
  return periodContaining(addDays(period.end, 1), period.kind === 'year' ? 'year' : period.kind);
}

interface PlanItem {
  objective: string;
  owner: string;
  date: string;
}

/**
 * The plan for the next quarter or month: open tasks and scheduled touchpoints in it, and the
 * open POWER goals still running then. Owners are the CSM unless the row says otherwise.
 */
export function planItems(data: AccountData, next: Period): PlanItem[] {
  const csm = data.account.ownerName || 'Account team';
  const tasks = data.tasks
    .filter((t) => t.status === 'open' && t.dueDate !== null && t.dueDate <= next.end)
    .map((t) => ({ objective: t.title, owner: csm, date: t.dueDate! }));
  const meetings = data.activities
    .filter((a) => a.status === 'scheduled' && a.at.slice(0, 10) >= next.start && a.at.slice(0, 10) <= next.end)
    .map((a) => ({ objective: a.subject, owner: csm, date: a.at.slice(0, 10) }));
  const goals = data.goals
    .filter((g) => g.status === 'open' && g.dueDate >= next.start)
    .map((g) => ({
      objective: `${g.title}: reach ${formatMetricValue(g.metric, g.target)}`,
      owner: `${csm} with the client`,
      date: g.dueDate,
    }));
  return [...goals, ...tasks, ...meetings].sort((a, b) =>
    a.date === b.date ? a.objective.localeCompare(b.objective) : a.date.localeCompare(b.date),
  );
}

export function planSlides(data: AccountData, period: Period, key: string, title: string): TableSlide[] {
  const next = nextPeriod(period);
  const items = planItems(data, next);
  return pageTable(
    {
      key,
      title,
      optional: false,
      notes: notesText([
        `Plan for ${periodRange(next)}: open POWER goals due from then on, open tasks due by its end (overdue ones included), and touchpoints scheduled in it.`,
      ]),
    },
    {
      columns: ['Objective', 'Owner', 'Date'],
      widths: [6, 3, 2],
      align: ['left', 'left', 'left'],
      rows: items.map((i) => [i.objective, i.owner, i.date]),
    },
  );
}
