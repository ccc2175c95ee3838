import {
  LEAVE_OUT,
  VOCAB_LABELS,
  VOCAB_TARGETS,
  compactKey,
  withColumn,
  withOptions,
  withVocab,
  type FileSummary,
  type ImportMapping,
} from '../../../src-core/crm';
import { labelOf } from '../shared/format';

interface Props {
  file: FileSummary;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
}

const NOT_IMPORTED = '';
const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
const DATE_FIELDS = new Set(['date', 'start', 'closeDate', 'createdAt', 'startedAt', 'birthdate']);

/** One file of the preview: what it was read as, which column feeds which field, what its values mean. */
export function FileMapping({ file, mapping, onChange }: Props) {
  const unused = file.headers.filter((h) => !file.columns.some((c) => c.column === h));
  const datesUsed = file.columns.some((c) => c.column && DATE_FIELDS.has(c.field));
  const amounts = file.columns.some((c) => c.field === 'amount' && c.column);
  return (
    <details className="card import-file" open>
      <summary className="import-file__summary">
        <span className="strong">{file.name}</span>
        <span className="badge badge--info">{file.kindLabel}</span>
        <span className="muted">
          {file.rows.toLocaleString('en-US')} rows
          {file.delimiter && ` · ${file.encoding === 'windows-1252' ? 'Windows-1252' : file.encoding.toUpperCase()}`}
          {file.delimiter && ` · ${SEPARATORS[file.delimiter] ?? `"${file.delimiter}"`}-separated`}
        </span>
      </summary>
      {file.notes.map((note) => (
        <p key={note} className="hint">
          {note}
        </p>
      ))}
      {file.columns.length > 0 && (
        <ColumnTable file={file} onPick={(field, key) => onChange(withColumn(mapping, file.kind, field, key))} />
      )}
      {unused.length > 0 && <p className="hint">Not imported: {unused.join(', ')}.</p>}
      {file.vocab.length > 0 && (
        <VocabTable file={file} onPick={(v, value) => onChange(withVocab(mapping, v.vocab, v.value, value))} />
      )}
      {(datesUsed || amounts) && (
        <div className="import-options">
          {datesUsed && (
            <label className="filter">
              <span className="filter__label">Dates like 03/04/2026 are</span>
              <select
                value={file.options.dateOrder}
                onChange={(e) => onChange(withOptions(mapping, { dateOrder: e.target.value as 'mdy' | 'dmy' }))}
              >
                <option value="mdy">month/day/year (US)</option>
                <option value="dmy">day/month/year</option>
              </select>
            </label>
          )}
          {amounts && (
            <label className="filter">
              <span className="filter__label">Amounts are</span>
              <select
                value={file.options.amountPeriod}
                onChange={(e) =>
                  onChange(withOptions(mapping, { amountPeriod: e.target.value as 'monthly' | 'annual' }))
                }
              >
                <option value="monthly">monthly values</option>
                <option value="annual">annual values (÷ 12)</option>
              </select>
            </label>
          )}
          {datesUsed && <span className="hint">Times without a zone are read in {file.options.timeZone}.</span>}
        </div>
      )}
    </details>
  );
}

function ColumnTable({ file, onPick }: { file: FileSummary; onPick(field: string, key: string | null): void }) {
  return (
    <table className="data-table import-table" aria-label={`Columns of ${file.name}`}>
      <thead>
        <tr>
          <th scope="col">Fieldbook field</th>
          <th scope="col">Column in the file</th>
        </tr>
      </thead>
      <tbody>
        {file.columns.map((c) => (
          <tr key={c.field}>
            <td>
              {c.label}
              {c.required && <span className="muted"> (needed)</span>}
            </td>
            <td>
              <select
                aria-label={`Column for ${c.label}`}
                value={c.column ?? NOT_IMPORTED}
                onChange={(e) => onPick(c.field, e.target.value === NOT_IMPORTED ? null : compactKey(e.target.value))}
              >
                <option value={NOT_IMPORTED}>Not imported</option>
                {file.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
              {c.from === 'saved' && <span className="hint import-table__saved">saved</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Use = FileSummary['vocab'][number];

function VocabTable({ file, onPick }: { file: FileSummary; onPick(use: Use, value: string): void }) {
  return (
    <table className="data-table import-table" aria-label={`Values in ${file.name}`}>
      <thead>
        <tr>
          <th scope="col">In the file</th>
          <th scope="col" className="num">
            Rows
          </th>
          <th scope="col">In Fieldbook</th>
        </tr>
      </thead>
      <tbody>
        {file.vocab.map((v) => (
          <tr key={`${v.vocab}:${v.value}`} className={v.mapped ? undefined : 'row--warn'}>
            <td>
              <span className="muted">{VOCAB_LABELS[v.vocab]}</span> {v.value || '(empty)'}
            </td>
            <td className="num">{v.rows.toLocaleString('en-US')}</td>
            <td>
              <select
                aria-label={`${VOCAB_LABELS[v.vocab]} ${v.value || '(empty)'}`}
                value={v.mapped ?? ''}
                onChange={(e) => onPick(v, e.target.value)}
              >
                {!v.mapped && <option value="">Choose…</option>}
                {VOCAB_TARGETS[v.vocab].map((t) => (
                  <option key={t} value={t}>
                    {labelOf(t)}
                  </option>
                ))}
                <option value={LEAVE_OUT}>Leave these rows out</option>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
