import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { warningKeys } from './queries';
import { resolveStoredWarning, snoozeStoredWarning } from './warnings-store';

export function useSnoozeWarning() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, until }: { id: string; until: string }) => snoozeStoredWarning(db, id, until),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warningKeys.list() }),
    meta: { action: 'snoozing the warning', successMessage: 'Warning snoozed.' },
  });
}

export function useResolveWarning() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => resolveStoredWarning(db, id, new Date().toISOString()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warningKeys.list() }),
    meta: { action: 'resolving the warning', successMessage: 'Warning resolved. It comes back only on new evidence.' },
  });
}

/** Bulk triage: snooze every warning in a group or the filtered list until the same day. */
export function useSnoozeWarnings() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, until }: { ids: string[]; until: string }) => {
      for (const id of ids) await snoozeStoredWarning(db, id, until);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warningKeys.list() }),
    meta: { action: 'snoozing the warnings', successMessage: 'Warnings snoozed.' },
  });
}

/** Bulk triage: resolve every warning in a group or the filtered list. */
export function useResolveWarnings() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      const now = new Date().toISOString();
      for (const id of ids) await resolveStoredWarning(db, id, now);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warningKeys.list() }),
    meta: {
      action: 'resolving the warnings',
      successMessage: 'Warnings resolved. Each comes back only on new evidence.',
    },
  });
}
