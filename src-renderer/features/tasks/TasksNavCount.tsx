import './tasks.css';
import { useTaskInbox } from './useTaskInbox';

/** Tasks overdue or due today, beside "Tasks" in the sidebar. */
export function TasksNavCount() {
  const { inbox } = useTaskInbox();
  if (!inbox || inbox.dueNow === 0) return null;
  return (
    <span className="nav__count nav__count--tasks">
      {inbox.dueNow}
      <span className="visually-hidden"> due</span>
    </span>
  );
}
