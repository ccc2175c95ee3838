import { formatPercent } from '../../../src-core/metrics';
import { formatMoney } from '../shared/format';
import type { CsmScorecard } from '../../../src-core/scorecard';
import { revenueLoss } from './scorecard-view';

/** "Retain 97% of revenue": revenue lost in the period against what the book may lose. */
export function RevenueLossCallout({
  scorecard,
  retention,
  periodLabel,
}: {
  scorecard: CsmScorecard;
  retention: number;
  periodLabel: string;
}) {
  const r = revenueLoss(scorecard);
  const width = r.used === null ? 0 : Math.min(100, Math.round(r.used * 100));
  return (
    <section className={`card loss-callout${r.over ? ' loss-callout--over' : ''}`} aria-labelledby="loss-title">
      <div className="loss-callout__text">
        <h2 className="card__title" id="loss-title">
          Revenue lost in {periodLabel}
        </h2>
        <p className="loss-callout__numbers">
          <strong>{formatMoney(r.lostCents)}</strong> of a {formatMoney(r.allowanceCents)} allowance
        </p>
        <p className="muted">
          Retaining {formatPercent(retention)} of revenue, a book starting at {formatMoney(scorecard.startMrrCents)} a
          month may lose {formatMoney(r.allowanceCents)} in this period.{' '}
          {r.over ? `Over by ${formatMoney(-r.headroomCents)}.` : `${formatMoney(r.headroomCents)} of headroom left.`}
        </p>
      </div>
      <div
        className="loss-callout__meter"
        role="meter"
        aria-label="Share of the revenue-loss allowance used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
      >
        <span style={{ width: `${width}%` }} />
      </div>
      <p className="loss-callout__used">
        {r.used === null ? 'No starting revenue' : `${formatPercent(r.used)} of the allowance used`}
      </p>
    </section>
  );
}
