import { answerTone, answersIn, answerWords } from '../../../src-core/metrics';
import type { WhatChanged } from '../../../src-core/prep';
import { Badge } from '../shared/Badge';
import { formatDate, formatMoney } from '../shared/format';
import { PrepSection } from './PrepSection';
import { MoreLine } from './MoreLine';

/** 2. What changed since the last meeting: KPI deltas, tickets, warnings, notes, payments, feedback. */
export function ChangesSection({ changed, lastMeeting }: { changed: WhatChanged; lastMeeting: string | null }) {
  const since = lastMeeting
    ? `since the meeting on ${formatDate(lastMeeting)}`
    : `in the last 30 days (no earlier meeting on file)`;
  return (
    <PrepSection id="changes">
      <p className="sub prep-since">Everything {since}.</p>
      {changed.quiet ? (
        <p className="muted">Nothing recorded {since}.</p>
      ) : (
        <div className="prep-two">
          <div>
            <h3 className="prep-h3">KPIs</h3>
            {changed.kpis.length === 0 ? (
              <p className="muted">No KPI data since then.</p>
            ) : (
              <ul className="prep-list">
                {changed.kpis.map((k) => (
                  <li key={k.metric} className={k.performance === 'worsening' ? 'bad-text' : undefined}>
                    {k.text}
                  </li>
                ))}
                <MoreLine total={changed.kpis.length} shown={changed.kpis.length} />
              </ul>
            )}
          </div>
          <div>
            <h3 className="prep-h3">Activity</h3>
            {changed.warnings.length +
              changed.newTickets.length +
              changed.notes.length +
              changed.feedback.length +
              changed.payments.paid.length +
              changed.payments.becameOverdue.length ===
              0 && <p className="muted">No new tickets, notes, payments or feedback since then.</p>}
            {/* What the client said and owes first: a one-page brief keeps the first lines. */}
            <ul className="prep-list">
              {changed.feedback.map((f) => (
                <li key={f.id}>
                  {answersIn(f).map(({ kind, answer }) => (
                    <Badge key={kind} tone={answerTone(kind, answer)}>
                      {answerWords(kind, answer)}
                    </Badge>
                  ))}{' '}
                  {f.comment || 'No comment'} <span className="muted">({formatDate(f.date)})</span>
                </li>
              ))}
              {changed.payments.becameOverdue.map((i) => (
                <li key={i.id} className="bad-text">
                  <Badge tone="bad">Overdue</Badge> Invoice {i.number}, {formatMoney(i.amountCents)}, due{' '}
                  {formatDate(i.dueDate)}
                </li>
              ))}
              {changed.newTickets.map((t) => (
                <li key={t.id}>
                  <Badge tone="info">Ticket</Badge> {t.subject}{' '}
                  <span className="muted">
                    ({formatDate(t.openedAt)}, {t.status})
                  </span>
                </li>
              ))}
              {changed.warnings.map((w) => (
                <li key={w.title + w.raisedAt}>
                  <Badge tone="warn">Warning</Badge> {w.title}
                </li>
              ))}
              {changed.payments.paid.map((i) => (
                <li key={i.id}>
                  <Badge tone="good">Paid</Badge> Invoice {i.number}, {formatMoney(i.amountCents)} on{' '}
                  {formatDate(i.paidAt!)}
                </li>
              ))}
              {changed.notes.slice(0, 4).map((n) => (
                <li key={n.id}>
                  <Badge>Note</Badge> {n.body.length > 160 ? `${n.body.slice(0, 160)}…` : n.body}
                </li>
              ))}
              <MoreLine
                total={
                  changed.feedback.length +
                  changed.payments.becameOverdue.length +
                  changed.newTickets.length +
                  changed.warnings.length +
                  changed.payments.paid.length +
                  changed.notes.length
                }
                shown={
                  changed.feedback.length +
                  changed.payments.becameOverdue.length +
                  changed.newTickets.length +
                  changed.warnings.length +
                  changed.payments.paid.length +
                  Math.min(4, changed.notes.length)
                }
              />
            </ul>
          </div>
        </div>
      )}
    </PrepSection>
  );
}
