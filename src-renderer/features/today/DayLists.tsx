import { dayIn } from '../../../src-core/time';
import {
  AUDITS_DONE_DEFINITION,
  type AuditPlan,
  type MeetingPrep,
  type MonthlyContactDue,
  type NamedRow,
} from '../../../src-core/today';
import type { Ticket } from '../../../src-core/model';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { formatDate, formatDateTime } from '../shared/format';
import { MeetingRow } from './MeetingRow';

export function MeetingsCard({ title, meetings, empty }: { title: string; meetings: MeetingPrep[]; empty: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title">
        {title} <span className="muted">· {meetings.length}</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="today-meetings">
          {meetings.map((m) => (
            <MeetingRow key={m.meeting.id} m={m} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The SOP's 3–5 audits a day, rotating so every account gets its monthly audit. */
export function AuditsCard({ plan }: { plan: AuditPlan }) {
  return (
    <section className="card" aria-label="Audits today">
      <h2 className="card__title">
        Audits today{' '}
        <span className="muted" title={AUDITS_DONE_DEFINITION} data-figure="audits-done" data-value={plan.doneToday}>
          · {plan.doneToday} done{plan.quota > 0 ? ` · target ${plan.quota}` : ''}
        </span>
      </h2>
      {plan.today.length === 0 ? (
        <p className="muted">
          {plan.workdaysLeft === 0 && plan.remainingAfterToday === 0
            ? 'Every account has its audit this month.'
            : 'No audits on a weekend.'}
        </p>
      ) : (
        <ul className="today-simple">
          {plan.today.map((a) => (
            <li key={a.accountId}>
              <a href={accountHref(a.accountId)}>{a.accountName}</a>
              <span className="muted">
                {a.doneToday ? (
                  <Badge tone="good">Done</Badge>
                ) : a.lastAuditedOn ? (
                  `last ${formatDate(a.lastAuditedOn)}`
                ) : (
                  'never audited'
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className={`hint${plan.onPace ? '' : ' warn-text'}`}>
        {plan.remainingAfterToday} more this month over {plan.workdaysLeft} workday{plan.workdaysLeft === 1 ? '' : 's'}
        {plan.onPace ? '.' : ': more than 5 a day — ask for help early.'}
      </p>
    </section>
  );
}

export function MonthlyContactCard({ due, total, zone }: { due: MonthlyContactDue[]; total: number; zone: string }) {
  return (
    <section className="card" aria-label="Monthly contact due">
      <h2 className="card__title">
        Monthly insight due{' '}
        <span className="muted">
          · {due.length} of {total} accounts
        </span>
      </h2>
      {due.length === 0 ? (
        <p className="muted">Every client has had this month’s insight.</p>
      ) : (
        <ul className="today-simple">
          {due.slice(0, 8).map((d) => (
            <li key={d.accountId}>
              <a href={`${accountHref(d.accountId)}/prep`}>{d.accountName}</a>
              <span className="muted">
                {d.lastInsightAt ? `last ${formatDate(dayIn(d.lastInsightAt, zone))}` : 'none yet'}
              </span>
            </li>
          ))}
          {due.length > 8 && <li className="muted">and {due.length - 8} more</li>}
        </ul>
      )}
    </section>
  );
}

export function EndOfDayCard({
  unanswered,
  zone,
  endOfDay,
}: {
  unanswered: NamedRow<Ticket>[];
  zone: string;
  endOfDay: string;
}) {
  return (
    <section className={`card${unanswered.length > 0 ? ' today-eod--open' : ''}`} aria-label="End of day">
      <h2 className="card__title">
        End of day ({endOfDay}): unanswered <span className="muted">· {unanswered.length}</span>
      </h2>
      {unanswered.length === 0 ? (
        <p className="muted">Inbox clear: every client message has a reply.</p>
      ) : (
        <ul className="today-simple">
          {unanswered.slice(0, 8).map(({ row, accountName }) => (
            <li key={row.id}>
              <span>
                <a href={accountHref(row.accountId)}>{accountName}</a>: {row.subject}
              </span>
              <span className="muted nowrap">{formatDateTime(row.openedAt, zone)}</span>
            </li>
          ))}
          {unanswered.length > 8 && <li className="muted">and {unanswered.length - 8} more</li>}
        </ul>
      )}
    </section>
  );
}
