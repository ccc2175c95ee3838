import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TimeCategory } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter } from '../../store';

export interface TimeEntryInput {
  accountId: string;
  date: string;
  minutes: number;
  category: TimeCategory;
  note: string;
}

/** A hand-logged timesheet line (seeds/002: log time spent with clients daily). */
export function useAddTimeEntry() {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  const _queryClient = useQueryClient();
  return useMutation({
    // Local writes never wait for the network.
    networkMode: 'always',
    mutationFn: (input: TimeEntryInput) => createWriter(db, BROWSER_CLOCK, author).upsertRow('timeEntries', input),
    // Today, the account and the pending count re-read by the tables it changed (app/refresh-by-table.ts).
    meta: { action: 'logging time', successMessage: 'Time logged.' },
  });
}
