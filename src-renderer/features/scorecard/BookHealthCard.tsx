import { formatPercent } from '../../../src-core/metrics';
import type { BookInsights } from '../../workers/book-insights';
import { bookHealthSummary } from './book-health';

/** Health across the book today against the SOP's "all health scores above 80". */
export function BookHealthCard({ insights, target }: { insights: BookInsights | null; target: number }) {
  if (!insights)
    return (
      <section className="card book-health">
        <p className="loading">Scoring every account…</p>
      </section>
    );
  const churned = new Set(insights.accounts.filter((a) => a.stage === 'churned').map((a) => a.id));
  const s = bookHealthSummary(
    insights.health.filter((h) => !churned.has(h.accountId)),
    target,
  );
  return (
    <section className="card book-health" aria-labelledby="book-health-title">
      <h2 className="card__title" id="book-health-title">
        Book health today
      </h2>
      <p className="book-health__big">
        <strong>{s.average ?? '—'}</strong> <span className="muted">average score</span>
      </p>
      <p>
        {s.aboveTarget} of {s.accounts} accounts above {target} ({formatPercent(s.shareAboveTarget)})
      </p>
      <div className="band-bar" role="img" aria-label={`${s.green} Green, ${s.yellow} Yellow, ${s.red} Red`}>
        {(['green', 'yellow', 'red'] as const).map((b) => (
          <span key={b} className={`band-bar__${b}`} style={{ flexGrow: s[b] }} title={`${s[b]} ${b}`}>
            {s[b] > 0 ? s[b] : ''}
          </span>
        ))}
      </div>
      <a href="#/book">See them in the Book</a>
    </section>
  );
}
