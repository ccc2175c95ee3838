import type { BookTables, Task } from '../model';
import { addDays, mondayOf } from '../time';
import { activeAccounts } from './book-slice';

export type TaskBucket = 'overdue' | 'today' | 'this_week' | 'later';

export interface InboxTask {
  task: Task;
  accountName: string;
  bucket: TaskBucket;
}

export interface TaskInbox {
  overdue: InboxTask[];
  today: InboxTask[];
  thisWeek: InboxTask[];
  /** Due after this week, or with no due date: counted, listed on demand. */
  later: InboxTask[];
  /** Overdue plus due today: what the sidebar and Today count. */
  dueNow: number;
}

/** Where a due date falls for a CSM whose day is `today` (their week ends on Sunday). */
export function taskBucket(dueDate: string | null, today: string): TaskBucket {
  if (dueDate === null) return 'later';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  const sunday = addDays(mondayOf(today), 6);
  return dueDate <= sunday ? 'this_week' : 'later';
}

/**
 * Every open task across the book in one inbox — from playbooks, meeting next steps, onboarding
 * and by hand — for accounts the CSM still serves, earliest due first, then by account. `today`
 * is the CSM's day (todayIn in their zone), so "overdue" turns at their midnight.
 */
export function taskInbox(book: Pick<BookTables, 'accounts' | 'tasks'>, today: string): TaskInbox {
  const names = new Map(activeAccounts(book).map((a) => [a.id, a.name]));
  const open = book.tasks
    .filter((t) => !t.deleted && t.status === 'open' && names.has(t.accountId))
    .map((task) => ({ task, accountName: names.get(task.accountId) ?? '', bucket: taskBucket(task.dueDate, today) }))
    .sort(
      (a, b) =>
        (a.task.dueDate ?? '9999').localeCompare(b.task.dueDate ?? '9999') ||
        a.accountName.localeCompare(b.accountName) ||
        a.task.title.localeCompare(b.task.title),
    );
  const of = (bucket: TaskBucket) => open.filter((t) => t.bucket === bucket);
  const overdue = of('overdue');
  const dueToday = of('today');
  return {
    overdue,
    today: dueToday,
    thisWeek: of('this_week'),
    later: of('later'),
    dueNow: overdue.length + dueToday.length,
  };
}

/** The snooze choices: tomorrow, or Monday of next week. */
export function snoozeDates(today: string): { tomorrow: string; nextWeek: string } {
  return { tomorrow: addDays(today, 1), nextWeek: addDays(mondayOf(today), 7) };
}
