import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { inboxOf } from '../../../src-core/warnings';
import { useDb } from '../../app/book-session';
import { useWarningsRun } from '../health/queries';
import { useToday } from '../shared/clock';
import { listWarnings } from './warnings-store';

export const warningKeys = {
  all: ['warnings'] as const,
  list: () => [...warningKeys.all, 'list'] as const,
};

/** Every stored warning (open, snoozed and resolved), as the inbox and its history read them. */
export function useStoredWarnings() {
  const db = useDb();
  return useQuery({ queryKey: warningKeys.list(), queryFn: () => listWarnings(db), throwOnError: false });
}

/**
 * Keeps the inbox current: detection re-runs in the book worker whenever the book or the
 * settings change, then the stored list is re-read. Returns the open warnings, newest first.
 */
export function useWarningsInbox() {
  const queryClient = useQueryClient();
  const today = useToday();
  const run = useWarningsRun(() => void queryClient.invalidateQueries({ queryKey: warningKeys.list() }));
  const stored = useStoredWarnings();
  const inbox = useMemo(() => (stored.data ? inboxOf(stored.data, today) : []), [stored.data, today]);
  return { inbox, stored, run };
}
