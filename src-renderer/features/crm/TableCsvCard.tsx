import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { TABLE_NAMES, type TableName } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { saveTableCsv } from './export-session';
import { tableLabel } from './import-counts';

/** "Export CSV": any table, safe to open in a spreadsheet (formula-looking cells are neutralised). */
export function TableCsvCard() {
  const db = useDb();
  const platform = usePlatform();
  const [table, setTable] = useState<TableName>('accounts');
  const save = useMutation({
    mutationFn: () => saveTableCsv(db, platform, table, tableLabel(table), BROWSER_CLOCK.now()),
    onSuccess: ({ result, rows }) => {
      if (result.saved) showToast('success', `Saved ${rows.toLocaleString('en-US')} rows to ${result.location}.`);
      else if (result.reason === 'failed') showToast('error', result.message ?? 'The CSV could not be saved.');
    },
    meta: { action: 'exporting the table' },
  });
  return (
    <section className="card" aria-labelledby="table-csv-title">
      <h2 className="card__title" id="table-csv-title">
        Export CSV
      </h2>
      <p className="muted">
        Any table of your book as a spreadsheet. Cells that would run as formulas (=, +, -, @) start with an apostrophe.
      </p>
      <div className="import-options">
        <label className="filter">
          <span className="filter__label">Table</span>
          <select value={table} onChange={(e) => setTable(e.target.value as TableName)}>
            {TABLE_NAMES.map((t) => (
              <option key={t} value={t}>
                {tableLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate()}>
          Export CSV…
        </button>
      </div>
    </section>
  );
}
