import type { Activity } from '../../../src-core/model';
import type { AccountData } from '../../../src-core/prep';
import { Badge } from '../shared/Badge';
import { formatDate, formatMoney, labelOf } from '../shared/format';
import { PrepSection } from './PrepSection';
import { MoreLine } from './MoreLine';

/** 5. Open items: tasks, tickets, opportunities, and what was promised at the last meeting. */
export function OpenItemsSection({
  data,
  lastMeeting,
  today,
}: {
  data: AccountData;
  lastMeeting: Activity | null;
  today: string;
}) {
  const tasks = data.tasks
    .filter((t) => !t.deleted && t.status === 'open')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const tickets = data.tickets.filter((t) => !t.deleted && t.status !== 'resolved');
  const opportunities = data.opportunities.filter((o) => !o.deleted && o.stage !== 'won' && o.stage !== 'lost');
  const promised = lastMeeting ? tasks.filter((t) => t.source === 'meeting') : [];
  const empty = tasks.length + tickets.length + opportunities.length === 0 && !lastMeeting?.outcome;
  return (
    <PrepSection id="open">
      {empty ? (
        <p className="muted">Nothing open on this account.</p>
      ) : (
        <div className="prep-two">
          <div>
            {lastMeeting?.outcome && (
              <>
                <h3 className="prep-h3">Last time ({formatDate(lastMeeting.at)})</h3>
                <p className="prewrap">{lastMeeting.outcome}</p>
                {promised.length > 0 && <p className="sub">Promised: {promised.map((t) => t.title).join('; ')}</p>}
              </>
            )}
            <h3 className="prep-h3">Tasks · {tasks.length}</h3>
            <ul className="prep-list">
              {tasks.slice(0, 8).map((t) => (
                <li key={t.id} className={t.dueDate && t.dueDate < today ? 'bad-text' : undefined}>
                  {t.title} <span className="muted">{t.dueDate ? `due ${formatDate(t.dueDate)}` : ''}</span>
                </li>
              ))}
              {tasks.length === 0 && <li className="muted">No open tasks.</li>}
              <MoreLine total={tasks.length} shown={Math.min(8, tasks.length)} />
            </ul>
          </div>
          <div>
            <h3 className="prep-h3">Tickets · {tickets.length}</h3>
            <ul className="prep-list">
              {tickets.slice(0, 6).map((t) => (
                <li key={t.id}>
                  {t.subject}{' '}
                  <Badge tone={t.firstResponseAt ? 'neutral' : 'bad'}>
                    {t.firstResponseAt ? labelOf(t.status) : 'No reply yet'}
                  </Badge>
                </li>
              ))}
              {tickets.length === 0 && <li className="muted">No open tickets.</li>}
              <MoreLine total={tickets.length} shown={Math.min(6, tickets.length)} />
            </ul>
            <h3 className="prep-h3">Opportunities · {opportunities.length}</h3>
            <ul className="prep-list">
              {opportunities.map((o) => (
                <li key={o.id}>
                  {o.title}{' '}
                  <span className="muted">
                    · {labelOf(o.kind)}, {labelOf(o.stage)}, {formatMoney(o.amountCents)}/mo
                  </span>
                </li>
              ))}
              {opportunities.length === 0 && <li className="muted">None open.</li>}
              <MoreLine total={opportunities.length} shown={opportunities.length} />
            </ul>
          </div>
        </div>
      )}
    </PrepSection>
  );
}
