import { useState } from 'react';
import type { CadenceItem, CadenceKey } from '../../../src-core/cadence';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { formatDate } from '../shared/format';
import { cadenceCounts, dueWords } from './cadence-view';

const SHOWN = 150;

/** Who is due or overdue for each rhythm of their tier's cadence. */
export function CadenceBoard({
  items,
  names,
  today,
}: {
  items: CadenceItem[];
  names: Map<string, string>;
  today: string;
}) {
  const [key, setKey] = useState<CadenceKey | ''>('');
  const counts = cadenceCounts(items);
  const shown = key ? items.filter((i) => i.key === key) : items;
  return (
    <section className="card cadence-board" aria-labelledby="cadence-title">
      <h2 className="card__title" id="cadence-title">
        Cadence: due and overdue{' '}
        <span className="muted card__note">
          {items.filter((i) => i.state === 'overdue').length} overdue · {items.filter((i) => i.state === 'due').length}{' '}
          due this week
        </span>
      </h2>
      <div className="chips cadence-chips" role="group" aria-label="Filter by rhythm">
        <button type="button" className={`chip${key === '' ? ' chip--on' : ''}`} onClick={() => setKey('')}>
          All ({items.length})
        </button>
        {counts.map((c) => (
          <button
            key={c.key}
            type="button"
            className={`chip${key === c.key ? ' chip--on' : ''}`}
            onClick={() => setKey(c.key)}
          >
            {c.label} <span className="bad-text">{c.overdue || ''}</span>
            {c.overdue > 0 && c.due > 0 ? ' + ' : ''}
            {c.due || ''}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="empty">Every account is on cadence.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>Account</th>
                <th>Rhythm</th>
                <th>Last done</th>
                <th>Due</th>
                <th>State</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, SHOWN).map((i) => (
                <tr key={`${i.accountId}:${i.key}`} className={i.state === 'overdue' ? 'row--bad' : undefined}>
                  <td>
                    <a className="account-link" href={accountHref(i.accountId)}>
                      {names.get(i.accountId) ?? i.accountId}
                    </a>
                  </td>
                  <td>{i.label}</td>
                  <td>{i.lastDone ? formatDate(i.lastDone) : <span className="muted">never</span>}</td>
                  <td className="nowrap">{i.dueDate ? formatDate(i.dueDate) : '—'}</td>
                  <td>
                    <Badge tone={i.state === 'overdue' ? 'bad' : 'warn'}>{dueWords(i.dueDate, today)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length > SHOWN && (
            <p className="muted">And {shown.length - SHOWN} more; filter by rhythm to see them.</p>
          )}
        </div>
      )}
    </section>
  );
}
