import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportFormat } from '../../../src-core/crm';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePlatform } from '../../platform';
import { markExport, prepareExport, saveExport } from './export-session';
import { useTimeZone } from '../shared/clock';

export const exportKeys = {
  all: ['export'] as const,
  prepare: (format: ExportFormat, since: string, zone: string) => [...exportKeys.all, format, since, zone] as const,
};

/** What an export for this CRM would hold now (dated on the CSM's clock), and the save that writes it and marks its rows. */
export function useCrmExport(format: ExportFormat, since: string) {
  const db = useDb();
  const zone = useTimeZone();
  const platform = usePlatform();
  const _queryClient = useQueryClient();
  const prepared = useQuery({
    queryKey: exportKeys.prepare(format, since, zone),
    queryFn: () => prepareExport(db, format, { now: BROWSER_CLOCK.now(), since: since || null, timeZone: zone }),
    gcTime: 0,
  });
  const save = useMutation({
    mutationFn: async () => {
      const out = prepared.data!;
      const saved = await saveExport(platform, out, BROWSER_CLOCK.now());
      if (!saved.saved) return { saved, marked: 0 };
      return { saved, marked: await markExport(db, BROWSER_CLOCK, out) };
    },
    // Marked rows re-read by the tables they changed (app/refresh-by-table.ts), in the background.

    meta: { action: 'exporting for your CRM' },
  });
  return { prepared, save };
}
