import type { Task } from '../../../src-core/model';
import { formatDate, labelOf, relativeDays } from '../shared/format';
import { useSetTaskStatus } from './mutations';

/** Open tasks first (soonest due), then done ones; ticking a box completes a task. */
export function TasksTab({ accountId, tasks, today }: { accountId: string; tasks: Task[]; today: string }) {
  const setStatus = useSetTaskStatus(accountId);
  const live = tasks
    .filter((t) => !t.deleted && t.status !== 'cancelled')
    .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  if (live.length === 0) return <p className="empty">No tasks for this account. Use “Add task” to plan the next step.</p>;
  return (
    <ul className="tasks" aria-label="Tasks">
      {live.map((task) => {
        const overdue = task.status === 'open' && task.dueDate !== null && task.dueDate < today;
        return (
          <li key={task.id} className={`task${task.status === 'done' ? ' task--done' : ''}`}>
            <input
              type="checkbox"
              id={`task-${task.id}`}
              checked={task.status === 'done'}
              disabled={setStatus.isPending}
              onChange={(e) => setStatus.mutate({ id: task.id, status: e.target.checked ? 'done' : 'open' })}
            />
            <label htmlFor={`task-${task.id}`} className="task__text">
              <span className="task__title">{task.title}</span>
              {task.detail && <span className="sub">{task.detail}</span>}
            </label>
            <span className={`task__due${overdue ? ' bad-text' : ''}`}>
              {task.dueDate ? `${formatDate(task.dueDate)} · ${relativeDays(today, task.dueDate)}` : 'No due date'}
            </span>
            <span className="task__source">{labelOf(task.source)}</span>
          </li>
        );
      })}
    </ul>
  );
}
