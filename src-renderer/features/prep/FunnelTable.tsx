import {
  formatChangePercent,
  formatMetricValue,
  formatNumber,
  formatPercent,
  metricInfo,
} from '../../../src-core/metrics';
import type { AccountFunnel, FunnelRow } from '../../../src-core/prep';
import { formatDate } from '../shared/format';

const rate = (row: FunnelRow, value: number | null) => {
  if (value === null) return '—';
  const info = metricInfo(row.metric);
  if (info.aggregation !== 'sum') return formatMetricValue(row.metric, value);
  // A few booked jobs a week: one decimal, so 4.6 against a target of 5 is not "5 of 5".
  const text = info.unit === 'count' ? formatNumber(value, value < 10 ? 1 : 0) : formatMetricValue(row.metric, value);
  return `${text}/wk`;
};

const moved = (row: FunnelRow) =>
  row.changePct === null
    ? 'no baseline'
    : `${row.changePct >= 0 ? 'up' : 'down'} ${formatPercent(Math.abs(row.changePct))}`;

/**
 * The account's funnel (traffic → leads → booked jobs) against where it was before the work began
 * and its target, and the result that moved most: the story of the meeting ("traffic up, leads flat").
 */
export function FunnelTable({ funnel }: { funnel: AccountFunnel }) {
  const { stages, movedMost } = funnel;
  if (stages.length === 0 && !movedMost) return null;
  const rows = movedMost && !stages.includes(movedMost) ? [...stages, movedMost] : stages;
  const before = funnel.since ? `Before ${formatDate(funnel.since)}` : 'Baseline';
  return (
    <div className="prep-funnel">
      {movedMost && (
        <p className="prep-funnel__story">
          Moved most since the work began: <strong>{metricInfo(movedMost.metric).label}</strong>, {moved(movedMost)}
          {stages
            .filter((s) => s !== movedMost)
            .map((s) => `; ${metricInfo(s.metric).label.toLowerCase()} ${moved(s)}`)
            .join('')}
          .
        </p>
      )}
      <table className="data-table prep-table" aria-label="Funnel against baseline and target">
        <thead>
          <tr>
            <th>Funnel</th>
            <th className="num">{before}</th>
            <th className="num">Last 13 weeks</th>
            <th className="num">Change</th>
            <th className="num">Target</th>
            <th className="num">Of the stage above</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} className={r === movedMost ? 'prep-funnel__moved' : undefined}>
              <td>
                {metricInfo(r.metric).label}
                {r.baselineFrom === 'goal' && <span className="muted"> (goal baseline)</span>}
              </td>
              <td className="num">{rate(r, r.baseline)}</td>
              <td className="num">{rate(r, r.now)}</td>
              <td className="num">{r.changePct === null ? '—' : formatChangePercent(r.changePct)}</td>
              <td className="num">{rate(r, r.target)}</td>
              <td className="num">
                {r.conversion
                  ? `${formatPercent(r.conversion.now, 1)} (was ${formatPercent(r.conversion.baseline, 1)})`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
