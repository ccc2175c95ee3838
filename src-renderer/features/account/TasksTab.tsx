import type { Task } from '../../../src-core/model';
import { TaskItem } from './TaskItem';

/** Open tasks first (soonest due), then done ones; ticking a box completes a task. */
export function TasksTab({ tasks, today }: { tasks: Task[]; today: string }) {
  const live = tasks
    .filter((t) => !t.deleted && t.status !== 'cancelled')
    .sort(
      (a, b) =>
        Number(a.status !== 'open') - Number(b.status !== 'open') ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    );
  if (live.length === 0)
    return <p className="empty">No tasks for this account. Use “Add task” to plan the next step.</p>;
  return (
    <ul className="tasks" aria-label="Tasks">
      {live.map((task) => (
        <TaskItem key={task.id} task={task} today={today} />
      ))}
    </ul>
  );
}
