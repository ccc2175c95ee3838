import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportMapping, ImportPlan } from '../../../src-core/crm';
import { useBookSession, useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import type { ImportFile } from '../../platform/platform';
import { writeImport } from '../../store';
import { useTimeZone } from '../shared/clock';
import { previewImport, saveMapping, savedMapping } from './import-session';

/** The import screen's reads: the saved mapping, and the preview of the picked files under a mapping. */
export const importKeys = {
  all: ['import'] as const,
  mapping: () => [...importKeys.all, 'mapping'] as const,
  preview: (pick: number, mapping: ImportMapping | undefined, zone: string) =>
    [...importKeys.all, 'preview', pick, mapping, zone] as const,
};

export function useSavedMapping() {
  const db = useDb();
  return useQuery({ queryKey: importKeys.mapping(), queryFn: () => savedMapping(db) });
}

/**
 * Reading and planning the files: redone when the CSM picks other files or changes the mapping.
 * Times a CRM wrote without an offset are read on the CSM's clock (their time-zone setting).
 */
export function useImportPreview(files: readonly ImportFile[], pick: number, mapping: ImportMapping | undefined) {
  const db = useDb();
  const { session } = useBookSession();
  const zone = useTimeZone();
  return useQuery({
    queryKey: importKeys.preview(pick, mapping, zone),
    queryFn: () =>
      previewImport(db, files, mapping!, {
        now: BROWSER_CLOCK.now(),
        timeZone: zone,
        userKey: session?.userKey ?? '',
      }),
    enabled: files.length > 0 && mapping !== undefined,
    gcTime: 0,
    throwOnError: false,
  });
}

export interface CommitInput {
  plan: ImportPlan;
  mapping: ImportMapping;
  remember: boolean;
}

/** Import: the previewed rows into the local book (and its outbox) at once; then every screen re-reads. */
export function useCommitImport() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ plan, mapping, remember }: CommitInput) => {
      const result = await writeImport(db, BROWSER_CLOCK, plan.writes);
      if (remember) await saveMapping(db, mapping);
      return result;
    },
    // The imported rows re-read by the tables they changed (app/refresh-by-table.ts); the mapping is kept apart.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.mapping() }),
    meta: { action: 'importing' },
  });
}
