import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { getMeta, hasBook, pendingCount } from '../../store';
import type { FieldbookDb } from '../../store/db';

/** Facts about the open local book as a whole: is there one, where it came from, what waits to sync. */
export const sessionKeys = {
  all: ['session'] as const,
  hasBook: () => [...sessionKeys.all, 'hasBook'] as const,
  pending: () => [...sessionKeys.all, 'pending'] as const,
  source: () => [...sessionKeys.all, 'source'] as const,
};

export function useHasBook(db: FieldbookDb) {
  return useQuery({ queryKey: sessionKeys.hasBook(), queryFn: () => hasBook(db) });
}

/** Local changes not yet pushed to a team server ("N changes pending"). */
export function usePendingCount() {
  const db = useDb();
  return useQuery({ queryKey: sessionKeys.pending(), queryFn: () => pendingCount(db) });
}

export function useBookSource() {
  const db = useDb();
  return useQuery({ queryKey: sessionKeys.source(), queryFn: async () => (await getMeta(db, 'bookSource')) ?? null });
}
