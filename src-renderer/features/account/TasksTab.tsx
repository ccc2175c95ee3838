import { useState } from 'react';
import type { AccountDetail } from '../../store/types';
import { FeedbackMomentPrompt } from '../obligations/FeedbackMomentPrompt';
import { TaskItem } from './TaskItem';

/**
 * Open tasks first (soonest due), then done ones; ticking a box completes a task. A task promised
 * to the client, once done, is a deliverable: the feedback ask it prompts is raised here.
 */
export function TasksTab({ detail, today }: { detail: AccountDetail; today: string }) {
  const [doneId, setDoneId] = useState<string | null>(null);
  const live = detail.tasks
    .filter((t) => !t.deleted && t.status !== 'cancelled')
    .sort(
      (a, b) =>
        Number(a.status !== 'open') - Number(b.status !== 'open') ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    );
  if (live.length === 0)
    return <p className="empty">No tasks for this account. Use “Add task” to plan the next step.</p>;
  return (
    <>
      <FeedbackMomentPrompt detail={detail} causeId={doneId} today={today} onDismiss={() => setDoneId(null)} />
      <ul className="tasks" aria-label="Tasks">
        {live.map((task) => (
          <TaskItem key={task.id} task={task} today={today} onDone={(t) => setDoneId(t.id)} />
        ))}
      </ul>
    </>
  );
}
