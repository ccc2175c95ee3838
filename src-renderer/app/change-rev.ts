import { useQuery } from '@tanstack/react-query';
import { currentChangeRev } from '../store';
import { useDb } from './book-session';

/**
 * The book's change revision (store/change-log.ts) as a query: it is re-read whenever a synced
 * table changes, and what is computed from the whole book (health, warnings, the scorecard) keys
 * on it, so a write recomputes them once and a write elsewhere (settings, warnings) does not.
 */
export const changeKeys = {
  all: ['changes'] as const,
  rev: () => [...changeKeys.all, 'rev'] as const,
};

export function useChangeRev() {
  const db = useDb();
  return useQuery({ queryKey: changeKeys.rev(), queryFn: () => currentChangeRev(db) });
}
