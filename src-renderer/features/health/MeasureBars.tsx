import type { Settings } from '../../../src-core/settings';
import type { MeasureRow } from './health-view';

/** Each measure: its points as a bar, its weight, what it adds to the score, and why, in words. */
export function MeasureBars({ rows, bands }: { rows: MeasureRow[]; bands: Settings['health']['bands'] }) {
  return (
    <ul className="measures" aria-label="Health measures">
      {rows.map((m) => (
        <li key={m.key} className={`measure${m.largestDrag ? ' measure--drag' : ''}`}>
          <div className="measure__head">
            <span className="measure__label">{m.label}</span>
            {m.largestDrag && <span className="badge badge--bad">Largest drag</span>}
            <span className="measure__points">{m.points === null ? 'no data' : `${m.points} / 100`}</span>
            <span className="measure__weight" title="Share of the health score this measure carries">
              weight {m.weightPct}%
            </span>
            <span className="measure__adds" title="Points this measure adds to the score, and points it costs">
              {m.points === null ? '—' : `+${m.adds} of ${m.adds + m.loses}`}
            </span>
          </div>
          <div
            className="measure__bar"
            role="meter"
            aria-label={`${m.label} points`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={m.points ?? 0}
          >
            <span
              className={`measure__fill measure__fill--${toneOf(m.points, bands)}`}
              style={{ width: `${m.points ?? 0}%` }}
            />
          </div>
          <ul className="measure__reasons">
            {m.reasons.map((r) => (
              <li key={r.text} className={r.concern ? 'reason reason--concern' : 'reason'}>
                {r.text}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function toneOf(points: number | null, bands: Settings['health']['bands']): 'good' | 'warn' | 'bad' | 'none' {
  if (points === null) return 'none';
  return points >= bands.green ? 'good' : points >= bands.yellow ? 'warn' : 'bad';
}
