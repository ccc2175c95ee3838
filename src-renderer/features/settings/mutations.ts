import { useMutation } from '@tanstack/react-query';
import { useBookSession } from '../../app/book-session';

/**
 * Deletes this laptop's copy of the book, its outbox included. Nothing syncs yet, so the CSM
 * confirms first and the screen says that unsynced changes go with it.
 */
export function useResetLocalData() {
  const { session, deactivate } = useBookSession();
  return useMutation({
    mutationFn: async () => {
      if (session) await session.db.delete();
    },
    onSuccess: deactivate,
    meta: { action: 'resetting local data', successMessage: 'Local data removed.' },
  });
}
