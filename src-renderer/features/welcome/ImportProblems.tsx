import { labelOf } from '../shared/format';
import type { BookFileRejected } from './book-file-check';
import { importReport } from './import-problems';

/** Which rows of a rejected book file are wrong, and why, so the CSM can fix the file. */
export function ImportProblems({ error }: { error: BookFileRejected }) {
  const report = importReport(error.fileProblems, error.rowProblems);
  const oneAccount = report.rows.filter((r) => r.table === 'accounts').length === 1;
  return (
    <section className="import-problems" role="alert" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title">{error.fileName} was not imported</h2>
      <p>Nothing was changed. Fix these problems in the file and import it again.</p>
      {report.rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table import-problems__rows">
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Id</th>
                <th scope="col">What is wrong</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((p) => (
                <tr key={`${p.table}:${p.index}`}>
                  <td>{labelOf(p.table)}</td>
                  <td className="num">{p.index}</td>
                  <td className="mono">{p.rowId ?? '(no id)'}</td>
                  <td>{p.problems.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.orphanedRows > 0 && (
        <p className="hint">
          {report.orphanedRows} more row{report.orphanedRows === 1 ? ' belongs' : 's belong'} to the wrong account
          {oneAccount ? ' above and will import once it is fixed.' : 's above and will import once they are fixed.'}
        </p>
      )}
      {report.fileProblems.length > 0 && (
        <ul className="import-problems__file">
          {report.fileProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
