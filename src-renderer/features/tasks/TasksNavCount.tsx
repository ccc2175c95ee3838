import './tasks.css';
import { useTasksDueNow } from './useTasksDueNow';

/** Tasks overdue or due today, beside "Tasks" in the sidebar. */
export function TasksNavCount() {
  const dueNow = useTasksDueNow();
  if (!dueNow) return null;
  return (
    <span className="nav__count nav__count--tasks">
      {dueNow}
      <span className="visually-hidden"> due</span>
    </span>
  );
}
