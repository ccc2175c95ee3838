import { ISSUE_WORDS, groupIssues, type ImportPlan } from '../../../src-core/crm';
import { issueCounts, tableLines } from './import-counts';

/** What Import will do, table by table, and every row it will not import, with the reason. */
export function PreviewSummary({ plan }: { plan: ImportPlan }) {
  const lines = tableLines(plan);
  const counts = issueCounts(plan);
  return (
    <section className="card" aria-labelledby="import-summary-title">
      <h2 className="card__title" id="import-summary-title">
        What the import will do
      </h2>
      {lines.length === 0 ? (
        <p className="muted">No rows to import.</p>
      ) : (
        <table className="data-table import-table" aria-label="Rows by table">
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col" className="num">
                New
              </th>
              <th scope="col" className="num">
                Updated
              </th>
              <th scope="col" className="num">
                Unchanged
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.table}>
                <td>{l.label}</td>
                <td className="num">{l.created.toLocaleString('en-US')}</td>
                <td className="num">{l.updated.toLocaleString('en-US')}</td>
                <td className="num">{l.unchanged.toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.issues.length > 0 && (
        <p className="hint">
          Not imported: {counts.invalid} cannot be read, {counts.outside} not in your book, {counts.skipped} left out.
        </p>
      )}
    </section>
  );
}

const BADGE: Record<string, string> = { invalid: 'badge--bad', outside: 'badge--warn', skipped: 'badge--info' };

export function NotImported({ plan }: { plan: ImportPlan }) {
  const groups = groupIssues(plan.issues);
  if (groups.length === 0 && plan.failures.length === 0) return null;
  return (
    <section className="card" aria-labelledby="not-imported-title">
      <h2 className="card__title" id="not-imported-title">
        Rows that will not be imported ({plan.issues.length.toLocaleString('en-US')})
      </h2>
      {plan.failures.map((f) => (
        <p key={f.file} role="alert" className="import-failure">
          <span className="strong">{f.file}</span> cannot be imported: {f.reason}
        </p>
      ))}
      {groups.length > 0 && (
        <div className="table-scroll import-issues">
          <table className="data-table import-table" aria-label="Rows not imported">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Rows</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={`${g.file}:${g.kind}:${g.reason}`}>
                  <td className="nowrap">{g.file}</td>
                  <td>{g.where}</td>
                  <td>
                    <span className={`badge ${BADGE[g.kind]}`}>{ISSUE_WORDS[g.kind]}</span> {g.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
