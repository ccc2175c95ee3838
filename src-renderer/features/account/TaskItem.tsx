import { useState } from 'react';
import type { Task, TaskStatus } from '../../../src-core/model';
import { formatDate, labelOf, relativeDays } from '../shared/format';
import { useSetTaskStatus } from './mutations';

/** One task. The tick shows at once; if the write fails it springs back and a toast says why. */
export function TaskItem({ task, today }: { task: Task; today: string }) {
  const setStatus = useSetTaskStatus(task.accountId);
  const [ticking, setTicking] = useState<TaskStatus | null>(null);
  const done = (ticking ?? task.status) === 'done';
  const overdue = !done && task.dueDate !== null && task.dueDate < today;
  const onChange = (checked: boolean) => {
    const status: TaskStatus = checked ? 'done' : 'open';
    setTicking(status);
    setStatus.mutate({ id: task.id, status }, { onSettled: () => setTicking(null) });
  };
  return (
    <li className={`task${done ? ' task--done' : ''}`}>
      <input
        type="checkbox"
        id={`task-${task.id}`}
        checked={done}
        disabled={setStatus.isPending}
        onChange={(e) => onChange(e.target.checked)}
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
}
