import { useState } from 'react';
import { EXPORT_FORMATS, type CrmExport, type ExportFormat } from '../../../src-core/crm';
import { useCrmExport } from './export-queries';
import { FORMAT_LABELS } from './export-session';

/**
 * "Export for CRM": what was logged since the last export, as the CRM's importer files; once the
 * files are saved the rows are marked, so the next export starts after them.
 */
export function CrmExportCard() {
  const [format, setFormat] = useState<ExportFormat>('salesforce');
  const [since, setSince] = useState('');
  const { prepared, save } = useCrmExport(format, since);
  const out = prepared.data;
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
      {out && <ExportContents out={out} />}
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

/** What the export holds, and the rows it cannot send yet and why. */
function ExportContents({ out }: { out: CrmExport }) {
  const c = out.counts;
  const format = out.format;
  return (
    <>
      <p>
        {format === 'ics'
          ? `${c.meetings} planned meeting${c.meetings === 1 ? '' : 's'}, with their attendees.`
          : `${c.activities} touchpoints, ${c.notes} notes and ${c.timeEntries} time entries not yet sent to ${FORMAT_LABELS[format]}.`}
      </p>
      {out.notExported.length > 0 && (
        <details className="hint">
          <summary>{out.notExported.length} rows wait for their account's record id</summary>
          <ul>
            {[...new Set(out.notExported.map((n) => n.reason))].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
