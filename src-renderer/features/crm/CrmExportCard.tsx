import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src-core/crm';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePlatform } from '../../platform';
import { FORMAT_LABELS, markExport, prepareExport, saveExport } from './export-session';
import { laptopTimeZone } from './import-session';

const exportKeys = { prepare: (format: ExportFormat, since: string) => ['export', format, since] as const };

/**
 * "Export for CRM": what was logged since the last export, as the CRM's importer files; once the
 * files are saved the rows are marked, so the next export starts after them.
 */
export function CrmExportCard() {
  const db = useDb();
  const platform = usePlatform();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<ExportFormat>('salesforce');
  const [since, setSince] = useState('');
  const prepared = useQuery({
    queryKey: exportKeys.prepare(format, since),
    queryFn: () =>
      prepareExport(db, format, { now: BROWSER_CLOCK.now(), since: since || null, timeZone: laptopTimeZone() }),
    gcTime: 0,
  });
  const save = useMutation({
    mutationFn: async () => {
      const out = prepared.data!;
      const saved = await saveExport(platform, out, BROWSER_CLOCK.now());
      if (!saved.saved) return { saved, marked: 0 };
      return { saved, marked: await markExport(db, BROWSER_CLOCK, out) };
    },
    // Marked rows changed; the screens re-read in the background (the export itself is done).
    onSuccess: () => void queryClient.invalidateQueries(),
    meta: { action: 'exporting for your CRM' },
  });
  const out = prepared.data;
  const c = out?.counts;
  const empty = !out || out.files.length === 0;
  return (
    <section className="card" aria-labelledby="crm-export-title">
      <h2 className="card__title" id="crm-export-title">
        Export for CRM
      </h2>
      <div className="import-options">
        <label className="filter">
          <span className="filter__label">For</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="filter__label">{format === 'ics' ? 'Meetings from' : 'Only from'}</span>
          <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
      </div>
      {c && (
        <p>
          {format === 'ics'
            ? `${c.meetings} planned meeting${c.meetings === 1 ? '' : 's'}, with their attendees.`
            : `${c.activities} touchpoints, ${c.notes} notes and ${c.timeEntries} time entries not yet sent to ${FORMAT_LABELS[format]}.`}
        </p>
      )}
      {out && out.notExported.length > 0 && (
        <details className="hint">
          <summary>{out.notExported.length} rows wait for their account's record id</summary>
          <ul>
            {[...new Set(out.notExported.map((n) => n.reason))].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      {save.data?.saved.saved && (
        <p role="status" className="hint">
          Saved {save.data.saved.location}
          {save.data.marked > 0 ? `; ${save.data.marked} rows marked as exported.` : '.'}
        </p>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={empty || save.isPending}
          onClick={() => save.mutate()}
        >
          {save.isPending ? 'Exporting…' : `Export for ${FORMAT_LABELS[format]}…`}
        </button>
      </div>
    </section>
  );
}
