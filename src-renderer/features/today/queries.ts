import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { loadDayBook, pendingByAccount } from './day-book';

/**
 * Today's reads. Key factory per STYLE (all → day(date)); which writes re-read them is the
 * table → query map (app/refresh-by-table.ts). Reads are local: `networkMode: 'always'` so an
 * offline laptop is never told to wait for a network it does not need.
 */
export const todayKeys = {
  all: ['today'] as const,
  day: (date: string) => [...todayKeys.all, 'day', date] as const,
  pending: () => [...todayKeys.all, 'pending-by-account'] as const,
  tasks: () => [...todayKeys.all, 'tasks'] as const,
  dueNow: (date: string) => [...todayKeys.all, 'due-now', date] as const,
};

export function useDayBook(today: string) {
  const db = useDb();
  return useQuery({ queryKey: todayKeys.day(today), networkMode: 'always', queryFn: () => loadDayBook(db, today) });
}

/** Every task with the accounts' names, for the one task inbox (re-read when tasks or accounts change). */
export function useBookTasks() {
  const db = useDb();
  return useQuery({
    queryKey: todayKeys.tasks(),
    networkMode: 'always',
    queryFn: () =>
      db.transaction('r', [db.accounts, db.tasks], async () => ({
        accounts: await db.accounts.toArray(),
        tasks: await db.tasks.toArray(),
      })),
  });
}

export function usePendingByAccount() {
  const db = useDb();
  return useQuery({ queryKey: todayKeys.pending(), networkMode: 'always', queryFn: () => pendingByAccount(db) });
}
