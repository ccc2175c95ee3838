import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePlatform } from '../../platform';
import { useSyncEngine } from '../../session/team-session';
import type { RejectedEntry } from '../../store';
import { createCouldntSyncList } from '../../sync';

/** The couldn't-sync list with each change's account name; edits, retries, discards and export. */
export const couldntSyncKeys = {
  all: ['couldnt-sync'] as const,
  list: () => [...couldntSyncKeys.all, 'list'] as const,
};

export interface RejectedWithAccount {
  entry: RejectedEntry;
  accountName: string | null;
}

export function useCouldntSyncList() {
  const db = useDb();
  return useQuery({
    queryKey: couldntSyncKeys.list(),
    queryFn: async (): Promise<RejectedWithAccount[]> => {
      const entries = await createCouldntSyncList(db, BROWSER_CLOCK).listRejected();
      const accounts = await db.accounts.bulkGet([...new Set(entries.map((e) => e.accountId))]);
      const names = new Map(accounts.filter((a) => !!a).map((a) => [a!.id, a!.name]));
      return entries.map((entry) => ({ entry, accountName: names.get(entry.accountId) ?? null }));
    },
  });
}

function useCouldntSyncAction<Vars>(
  run: (vars: Vars) => Promise<unknown>,
  meta: { action: string; successMessage: string },
) {
  const _queryClient = useQueryClient();
  const engine = useSyncEngine();
  return useMutation({
    networkMode: 'always',
    mutationFn: run,
    // The list and the rows a retry re-applies re-read by the tables they changed (app/refresh-by-table.ts).
    onSuccess: async () => {
      await engine?.refresh();
    },
    meta,
  });
}

export function useRetryRejected() {
  const db = useDb();
  return useCouldntSyncAction(
    ({ mutationId, fields }: { mutationId: string; fields: Record<string, unknown> }) =>
      createCouldntSyncList(db, BROWSER_CLOCK).retryRejected(mutationId, fields),
    { action: 'queueing the change again', successMessage: 'Queued again; it syncs with your next changes.' },
  );
}

export function useDiscardRejected() {
  const db = useDb();
  return useCouldntSyncAction(
    (mutationId: string) => createCouldntSyncList(db, BROWSER_CLOCK).discardRejected(mutationId),
    {
      action: 'discarding the change',
      successMessage: 'Change discarded.',
    },
  );
}

export function useExportRejected() {
  const db = useDb();
  const platform = usePlatform();
  return useMutation({
    networkMode: 'always',
    mutationFn: async () => {
      const json = await createCouldntSyncList(db, BROWSER_CLOCK).exportRejected();
      const day = BROWSER_CLOCK.now().slice(0, 10);
      const result = await platform.saveFile({
        suggestedName: `fieldbook-couldnt-sync-${day}.json`,
        bytes: new TextEncoder().encode(json),
        mimeType: 'application/json',
      });
      if (!result.saved && result.reason === 'failed')
        throw new Error(result.message ?? 'The file could not be saved.');
      return result;
    },
    meta: { action: 'exporting the changes that couldn’t sync', successMessage: 'Exported.' },
  });
}
