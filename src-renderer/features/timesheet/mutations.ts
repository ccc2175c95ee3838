import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TimeCategory } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter } from '../../store';
import { accountKeys } from '../account/queries';
import { sessionKeys } from '../session/queries';
import { todayKeys } from '../today/queries';

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
  const queryClient = useQueryClient();
  return useMutation({
    // Local writes never wait for the network.
    networkMode: 'always',
    mutationFn: (input: TimeEntryInput) => createWriter(db, BROWSER_CLOCK, author).upsertRow('timeEntries', input),
    onSuccess: (row) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(row.accountId) }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
      ]),
    meta: { action: 'logging time', successMessage: 'Time logged.' },
  });
}
