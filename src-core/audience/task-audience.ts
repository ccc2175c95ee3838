import type { Audience, Task } from '../model';

/**
 * Who a task is for. Only a task the CSM marked "for the client" reaches the client plan, the
 * wins on a slide or the monthly insight; playbook tasks, meeting follow-ups and the CSM's own
 * to-dos ("Prepare the QBR deck", "Send the birthday card") are internal, and so is every task
 * written before the field existed.
 */
export function taskAudience(task: Pick<Task, 'audience'>): Audience {
  return task.audience ?? 'internal';
}

export function isForClient(task: Pick<Task, 'audience'>): boolean {
  return taskAudience(task) === 'client';
}
