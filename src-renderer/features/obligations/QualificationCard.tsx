import type { ObligationsBoard, Qualification } from '../../../src-core/obligations';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import '../scorecard/scorecard.css';
import { evidenceOf, FORECAST_WORDS, QUALIFICATION_LABELS } from './qualification-words';

interface Props {
  title: string;
  qualified: boolean;
  checks: Qualification[];
  board: ObligationsBoard;
  rule: string;
}

/** One prize (the year-end bonus or President's Club): each qualification with its evidence and forecast. */
export function QualificationCard({ title, qualified, checks, board, rule }: Props) {
  const id = `q-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card qualification" aria-labelledby={id}>
      <h2 className="card__title" id={id}>
        {title} <Badge tone={qualified ? 'good' : 'warn'}>{qualified ? 'Qualified' : 'Not yet'}</Badge>
      </h2>
      <p className="muted qualification__rule">{rule}</p>
      <ul className="club">
        {checks.map((q) => (
          <li key={q.key} className={q.met ? 'club__item club__item--done' : 'club__item'} data-check={q.key}>
            <span className="qualification__head">
              <strong>{QUALIFICATION_LABELS[q.key]}</strong>
              <Badge tone={FORECAST_WORDS[q.forecast].tone} title="Forecast for 31 December">
                {FORECAST_WORDS[q.forecast].label}
              </Badge>
            </span>
            <span className="muted">{evidenceOf(q, board)}</span>
            {q.blockers.length > 0 && <Blockers blockers={q.blockers} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

const SHOWN = 5;

/** The accounts in the way: the first few, the rest one click away (a book has hundreds). */
function Blockers({ blockers }: { blockers: Qualification['blockers'] }) {
  const item = (b: Qualification['blockers'][number]) => (
    <li key={b.accountId}>
      <a href={accountHref(b.accountId)}>{b.name}</a> — {b.why}
    </li>
  );
  return (
    <div className="qualification__blockers" role="group" aria-label="Accounts in the way">
      <ul>{blockers.slice(0, SHOWN).map(item)}</ul>
      {blockers.length > SHOWN && (
        <details>
          <summary>and {blockers.length - SHOWN} more</summary>
          <ul>{blockers.slice(SHOWN).map(item)}</ul>
        </details>
      )}
    </div>
  );
}
