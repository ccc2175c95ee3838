import { SCORECARD_DEFINITIONS, type CsmScorecard, type FigureAccount } from '../../../src-core/scorecard';
import { parsePeriod } from '../../../src-core/time';
import { accountHref } from '../../app/routes';
import { Dialog } from '../shared/Dialog';
import { contributionText, DRILL_SPECS, drillOrder, drillRows, drillSummary } from './figure-drill';
import { formatScorecardValue, type MetricKey } from './scorecard-view';

interface Props {
  metric: MetricKey;
  scorecard: CsmScorecard;
  open: boolean;
  onClose(): void;
}

/** The accounts behind one scorecard figure, each linking to the account (issue 15's drill-down). */
export function FigureAccountsDialog({ metric, scorecard, open, onClose }: Props) {
  const def = SCORECARD_DEFINITIONS[metric];
  const spec = DRILL_SPECS[metric];
  const rows = drillOrder(metric, drillRows(scorecard, metric));
  const keys = rowKeys(rows);
  return (
    <Dialog title={`${def.label} · the accounts behind it`} open={open} onClose={onClose}>
      <div className="dialog__body figure-drill">
        <p className="figure-drill__summary">
          <strong>{formatScorecardValue(def.unit, scorecard[metric])}</strong>{' '}
          <span data-testid="drill-summary">{drillSummary(metric, rows)}</span>
        </p>
        {rows.length === 0 ? (
          <p className="muted">No account counts toward this figure in {parsePeriod(scorecard.period).label}.</p>
        ) : (
          <div className="figure-drill__scroll">
            <table className="data-table figure-drill__table">
              <thead>
                <tr>
                  <th>Account</th>
                  {spec.item && <th>{spec.item}</th>}
                  {spec.column && <th className="num">{spec.column}</th>}
                  {spec.yes && <th>Counted</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={keys.get(r)} className="figure-drill__row">
                    <td>
                      <a className="account-link" href={accountHref(r.accountId)}>
                        {r.accountName}
                      </a>
                    </td>
                    {spec.item && <td>{r.label ?? '—'}</td>}
                    {spec.column && (
                      <td className="num" data-value={r.value ?? ''}>
                        {contributionText(metric, r)}
                      </td>
                    )}
                    {spec.yes && (
                      <td className={r.counted ? undefined : 'bad-text'} data-counted={r.counted ? 'yes' : 'no'}>
                        {r.counted ? spec.yes : spec.no}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Dialog>
  );
}

/** A key per row from what it is; two identical rows (two answers of 9 on one day) get "#2", "#3"… */
function rowKeys(rows: readonly FigureAccount[]): Map<FigureAccount, string> {
  const seen = new Map<string, number>();
  const keys = new Map<FigureAccount, string>();
  for (const r of rows) {
    const base = `${r.accountId}|${r.label ?? ''}|${r.value ?? ''}|${r.counted ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys.set(r, n === 1 ? base : `${base}#${n}`);
  }
  return keys;
}
