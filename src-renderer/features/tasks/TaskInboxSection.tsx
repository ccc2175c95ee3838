import type { InboxTask } from '../../../src-core/today';
import { TaskInboxRow } from './TaskInboxRow';

interface Props {
  title: string;
  items: InboxTask[];
  today: string;
  empty?: string;
  /** Show at most this many, then "+N more" linking to the full inbox (Today's card). */
  limit?: number;
  /** Inside another card: no border of its own, a smaller heading. */
  plain?: boolean;
}

/** One bucket of the inbox (Overdue, Due today, This week…) as a labelled list. */
export function TaskInboxSection({ title, items, today, empty, limit, plain }: Props) {
  if (items.length === 0 && !empty) return null;
  const shown = limit === undefined ? items : items.slice(0, limit);
  const more = items.length - shown.length;
  const Heading = plain ? 'h3' : 'h2';
  return (
    <section className={plain ? 'inbox-section inbox-section--plain' : 'inbox-section'} aria-label={title}>
      <Heading className="inbox-section__title">
        {title} <span className="muted">· {items.length}</span>
      </Heading>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="inbox-list">
          {shown.map((item) => (
            <TaskInboxRow key={item.task.id} item={item} today={today} />
          ))}
        </ul>
      )}
      {more > 0 && <a href="#/tasks">+{more} more in Tasks</a>}
    </section>
  );
}
