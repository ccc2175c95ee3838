import { useMemo } from 'react';
import { taskInbox, type TaskInbox } from '../../../src-core/today';
import { useToday } from '../shared/clock';
import { useBookTasks } from '../today/queries';

/** The book's open tasks bucketed for the CSM's today; null while the store is read. */
export function useTaskInbox(): { inbox: TaskInbox | null; today: string } {
  const today = useToday();
  const tasks = useBookTasks();
  const inbox = useMemo(() => (tasks.data ? taskInbox(tasks.data, today) : null), [tasks.data, today]);
  return { inbox, today };
}
