import { TaskInboxSection } from './TaskInboxSection';
import { useTaskInbox } from './useTaskInbox';
import './tasks.css';

/** A few rows per bucket on Today; the whole inbox is one click away. */
const ROWS_PER_BUCKET = 5;

/** On Today: the task inbox — overdue, due today, this week — done or snoozed in place. */
export function TasksDueCard() {
  const { inbox, today } = useTaskInbox();
  if (!inbox) return null;
  return (
    <section className="card today-tasks" aria-label="Tasks">
      <h2 className="card__title">
        Tasks{' '}
        <span className="muted">
          · {inbox.overdue.length} overdue · {inbox.today.length} today · {inbox.thisWeek.length} this week
        </span>
      </h2>
      <TaskInboxSection plain title="Overdue" items={inbox.overdue} today={today} limit={ROWS_PER_BUCKET} />
      <TaskInboxSection
        plain
        title="Due today"
        items={inbox.today}
        today={today}
        limit={ROWS_PER_BUCKET}
        empty="Nothing due today."
      />
      <TaskInboxSection plain title="This week" items={inbox.thisWeek} today={today} limit={ROWS_PER_BUCKET} />
      <a href="#/tasks">Open the task inbox</a>
    </section>
  );
}
