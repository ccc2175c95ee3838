import { useState } from 'react';
import { formatPercent } from '../../../src-core/metrics';
import type { FigureAccount } from '../../../src-core/scorecard';
import { accountHref } from '../../app/routes';
import { Dialog } from '../shared/Dialog';
import { formatScorecardValue } from './scorecard-view';
import { contributionText, drillOrder, drillSummary, type DrillSpec } from './figure-drill';

interface Props {
  /** The figure's name ("Book value", "New business commission"). */
  label: string;
  /** The figure as the screen shows it ("$88,000", "75%"). */
  shown: string;
  spec: DrillSpec;
  rows: readonly FigureAccount[];
  periodLabel: string;
  /** How the figure is worked out, when the rows alone do not say it ("5% of the unused allowance…"). */
  note?: string;
}

/**
 * A scorecard figure as a button that opens the accounts behind it (issue 15's drill-down): each
 * account linked, with its contribution and, for shares, whether it counted.
 */
export function FigureDrill({ label, shown, spec, rows, periodLabel, note }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="metric__drill"
        aria-label={`${label} ${shown}: the accounts behind it`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {shown}
        <span className="metric__drill-hint" aria-hidden="true">
          Accounts ›
        </span>
      </button>
      <Dialog title={`${label} · the accounts behind it`} open={open} onClose={() => setOpen(false)}>
        <div className="dialog__body figure-drill">
          <p className="figure-drill__summary">
            <strong>{shown}</strong> <span data-testid="drill-summary">{drillSummary(spec, rows)}</span>
          </p>
          {note && (
            <p className="figure-drill__note" data-testid="drill-note">
              {note}
            </p>
          )}
          {rows.length === 0 ? (
            <p className="muted">No account counts toward this figure in {periodLabel}.</p>
          ) : (
            <DrillTable spec={spec} rows={drillOrder(spec, rows)} />
          )}
        </div>
      </Dialog>
    </>
  );
}

function DrillTable({ spec, rows }: { spec: DrillSpec; rows: FigureAccount[] }) {
  const keys = rowKeys(rows);
  return (
    <div className="figure-drill__scroll">
      <table className="data-table figure-drill__table">
        <thead>
          <tr>
            <th>Account</th>
            {spec.item && <th>{spec.item}</th>}
            {spec.base && <th className="num">{spec.base.column}</th>}
            {spec.rate && <th className="num">Rate</th>}
            {spec.column && <th className="num">{spec.column}</th>}
            {spec.yes && <th>Counted</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={keys.get(r)}>
              <td>
                <a className="account-link" href={accountHref(r.accountId)}>
                  {r.accountName}
                </a>
              </td>
              {spec.item && <td>{r.label ?? '—'}</td>}
              {spec.base && (
                <td className="num" data-base={r.base ?? ''}>
                  {formatScorecardValue(spec.base.unit, r.base ?? null)}
                </td>
              )}
              {spec.rate && (
                <td className="num" data-rate={r.rate ?? ''}>
                  {formatPercent(r.rate, 1)}
                </td>
              )}
              {spec.column && (
                <td className="num" data-value={r.value ?? ''}>
                  {contributionText(spec, r)}
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
        {spec.reading === 'sum' && spec.column && <TotalRow spec={spec} rows={rows} />}
      </table>
    </div>
  );
}

/** The sum under the contribution column (and under the base, for pay figures): it equals the figure. */
function TotalRow({ spec, rows }: { spec: DrillSpec; rows: readonly FigureAccount[] }) {
  const total = (pick: (r: FigureAccount) => number | null | undefined) => rows.reduce((t, r) => t + (pick(r) ?? 0), 0);
  return (
    <tfoot>
      <tr className="figure-drill__total">
        <td>Total</td>
        {spec.item && <td />}
        {spec.base && (
          <td className="num">
            {formatScorecardValue(
              spec.base.unit,
              total((r) => r.base),
            )}
          </td>
        )}
        {spec.rate && <td />}
        <td className="num" data-total={total((r) => r.value)}>
          {formatScorecardValue(
            spec.unit,
            total((r) => r.value),
          )}
        </td>
      </tr>
    </tfoot>
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
