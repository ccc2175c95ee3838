import { useState } from 'react';
import { isForClient } from '../../../src-core/audience';
import type { Audience, Task, TaskStatus } from '../../../src-core/model';
import { formatDate, labelOf, relativeDays } from '../shared/format';
import { useSetTaskAudience, useSetTaskStatus } from './mutations';

/**
 * One task. The tick shows at once and stays until the stored task says the same (the screens
 * re-read after the write commits, app/refresh-by-table.ts); if the write fails it springs back
 * and a toast says why.
 * "For the client" puts it in the client plan (decks, the monthly email); unticked it is the CSM's own.
 * `onDone` hears of a tick that was stored (a deliverable done may prompt a feedback ask).
 */
export function TaskItem({ task, today, onDone }: { task: Task; today: string; onDone?(task: Task): void }) {
  const setStatus = useSetTaskStatus(task.accountId);
  const setAudience = useSetTaskAudience(task.accountId);
  const [ticking, setTicking] = useState<TaskStatus | null>(null);
  const [sharing, setSharing] = useState<Audience | null>(null);
  const stored = isForClient(task) ? 'client' : 'internal';
  // When the stored row changes (the write came back), the optimistic value is no longer needed:
  // adjusted during render, as React recommends for state that follows a prop.
  const [seen, setSeen] = useState({ status: task.status, audience: stored });
  if (seen.status !== task.status || seen.audience !== stored) {
    setSeen({ status: task.status, audience: stored });
    if (seen.status !== task.status) setTicking(null);
    if (seen.audience !== stored) setSharing(null);
  }
  const done = (ticking ?? task.status) === 'done';
  const forClient = (sharing ?? stored) === 'client';
  const overdue = !done && task.dueDate !== null && task.dueDate < today;
  const onChange = (checked: boolean) => {
    const status: TaskStatus = checked ? 'done' : 'open';
    setTicking(status);
    setStatus.mutate(
      { id: task.id, status },
      { onError: () => setTicking(null), onSuccess: () => status === 'done' && onDone?.(task) },
    );
  };
  const onShare = (checked: boolean) => {
    const audience: Audience = checked ? 'client' : 'internal';
    setSharing(audience);
    setAudience.mutate({ id: task.id, audience }, { onError: () => setSharing(null) });
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
      <label className="check task__audience" title="Shown to the client in the plan on decks and in the monthly email">
        <input
          type="checkbox"
          checked={forClient}
          disabled={setAudience.isPending}
          aria-label={`For the client: ${task.title}`}
          onChange={(e) => onShare(e.target.checked)}
        />
        For the client
      </label>
      <span className="task__source">{labelOf(task.source)}</span>
    </li>
  );
}
