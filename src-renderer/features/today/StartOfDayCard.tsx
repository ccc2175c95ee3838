import type { ReactNode } from 'react';
import type { ChecklistKey, StartOfDay } from '../../../src-core/today';
import { accountHref } from '../../app/routes';
import { useBookSession } from '../../app/book-session';
import { formatDate } from '../shared/format';
import { useChecklistTicks } from './checklist-ticks';

interface Item {
  key: ChecklistKey;
  title: string;
  summary: string;
  detail: ReactNode;
}

const TIME = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** The SOP's 8:30 list (seeds/000), ticked off as the CSM works through it; ticks last the day. */
export function StartOfDayCard({ day }: { day: StartOfDay }) {
  const { session } = useBookSession();
  const [ticks, setTick] = useChecklistTicks(session?.userKey ?? 'book', day.date);
  const ob = day.onboarding;
  const unprepped = day.calendar.filter((m) => m.prep !== 'done' && m.meeting.status === 'scheduled').length;
  const items: Item[] = [
    {
      key: 'helpdesk',
      title: 'Help desk inbox',
      summary:
        day.overnightTickets.length === 0
          ? 'No new messages overnight'
          : `${day.overnightTickets.length} new overnight — respond to each`,
      detail: (
        <ul className="today-sublist">
          {day.overnightTickets.slice(0, 6).map(({ row, accountName }) => (
            <li key={row.id}>
              <a href={accountHref(row.accountId)}>{accountName}</a>: {row.subject}{' '}
              <span className="muted">
                ({TIME.format(new Date(row.openedAt))}
                {row.priority === 'urgent' || row.priority === 'high' ? `, ${row.priority}` : ''})
              </span>
            </li>
          ))}
          {day.overnightTickets.length > 6 && <li className="muted">and {day.overnightTickets.length - 6} more</li>}
        </ul>
      ),
    },
    {
      key: 'alerts',
      title: 'Keyword and risk alerts',
      summary:
        day.newWarnings.length === 0
          ? 'No new warnings since yesterday evening'
          : `${day.newWarnings.length} new warning${day.newWarnings.length === 1 ? '' : 's'}`,
      detail: (
        <ul className="today-sublist">
          {day.newWarnings.slice(0, 6).map((w) => (
            <li key={`${w.accountId}:${w.title}`}>
              <a href={accountHref(w.accountId)}>{w.title}</a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'onboarding',
      title: 'Onboarding pipeline',
      summary: `${ob.completedOvernight.length} step${ob.completedOvernight.length === 1 ? '' : 's'} completed overnight · ${ob.dueToday.length} due today · ${ob.overdue.length} late`,
      detail: (
        <ul className="today-sublist">
          {[...ob.overdue.map((s) => ({ ...s, tag: 'late' })), ...ob.dueToday.map((s) => ({ ...s, tag: 'today' }))]
            .slice(0, 6)
            .map(({ row, accountName, tag }) => (
              <li key={row.id}>
                <a href={accountHref(row.accountId)}>{accountName}</a>: {row.title}{' '}
                <span className={tag === 'late' ? 'bad-text' : 'muted'}>
                  ({tag === 'late' ? `due ${formatDate(row.dueDate)}` : 'today'})
                </span>
              </li>
            ))}
        </ul>
      ),
    },
    {
      key: 'calendar',
      title: 'Calendar',
      summary:
        day.calendar.length === 0
          ? 'No meetings today'
          : `${day.calendar.length} meeting${day.calendar.length === 1 ? '' : 's'} today · ${unprepped} still to prep`,
      detail: null,
    },
  ];
  const done = items.filter((i) => ticks.has(i.key)).length;
  return (
    <section className="card today-checklist" aria-labelledby="sod-title">
      <h2 className="card__title" id="sod-title">
        Start of day{' '}
        <span className="muted">
          · {done} of {items.length} done
        </span>
      </h2>
      <ul className="today-checks">
        {items.map((item) => (
          <li key={item.key} className={ticks.has(item.key) ? 'today-check today-check--done' : 'today-check'}>
            <input
              type="checkbox"
              id={`sod-${item.key}`}
              checked={ticks.has(item.key)}
              onChange={(e) => setTick(item.key, e.target.checked)}
            />
            <label htmlFor={`sod-${item.key}`}>
              <span className="today-check__title">{item.title}</span>
              <span className="sub">{item.summary}</span>
            </label>
            {!ticks.has(item.key) && item.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}
