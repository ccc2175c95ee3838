import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { taskInbox } from '../../../src-core/today';
import { useDb } from '../../app/book-session';
import { readTasksDueBy } from '../../store/tasks-due';
import { useToday } from '../shared/clock';
import { todayKeys } from '../today/queries';

/**
 * The task inbox's "due now" (overdue plus due today) for the sidebar, on every screen: read from
 * the tasks due by today only, then counted by the inbox's own rules, so it always equals the
 * Tasks screen's count. Null while the store is read.
 */
export function useTasksDueNow(): number | null {
  const db = useDb();
  const today = useToday();
  const due = useQuery({
    queryKey: todayKeys.dueNow(today),
    networkMode: 'always',
    queryFn: () => readTasksDueBy(db, today),
  });
  return useMemo(() => (due.data ? taskInbox(due.data, today).dueNow : null), [due.data, today]);
}
