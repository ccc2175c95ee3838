import { TaskInboxSection } from './TaskInboxSection';
import { useTaskInbox } from './useTaskInbox';
import './tasks.css';

/**
 * `#/tasks`: every open task across the book — playbook steps, meeting next steps, onboarding
 * and the CSM's own — due now first, each done or snoozed in place (Gainsight's Cockpit).
 */
export function TasksPage() {
  const { inbox, today } = useTaskInbox();
  if (!inbox)
    return (
      <p className="loading page" role="status">
        Reading your tasks…
      </p>
    );
  const open = inbox.overdue.length + inbox.today.length + inbox.thisWeek.length + inbox.later.length;
  return (
    <div className="page tasks-page">
      <header className="page-header">
        <div>
          <h1>Tasks</h1>
          <p className="page-header__sub">
            {open} open across the book · {inbox.overdue.length} overdue · {inbox.today.length} due today. Playbook
            steps, meeting next steps, onboarding and your own, in one list.
          </p>
        </div>
      </header>
      <TaskInboxSection title="Overdue" items={inbox.overdue} today={today} empty="Nothing overdue." />
      <TaskInboxSection title="Due today" items={inbox.today} today={today} empty="Nothing due today." />
      <TaskInboxSection title="This week" items={inbox.thisWeek} today={today} empty="Nothing else this week." />
      {inbox.later.length > 0 && (
        <details className="inbox-later">
          <summary>Later or no due date · {inbox.later.length}</summary>
          <TaskInboxSection title="Later" items={inbox.later} today={today} />
        </details>
      )}
    </div>
  );
}
