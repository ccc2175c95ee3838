import { useState } from 'react';
import { snoozeDates, type InboxTask } from '../../../src-core/today';
import { accountHref } from '../../app/routes';
import { useSetTaskStatus, useSnoozeTask } from '../account/mutations';
import { formatDate, labelOf, relativeDays } from '../shared/format';

/** One open task in the inbox: done in one click, or snoozed to tomorrow or next week, in place. */
export function TaskInboxRow({ item, today }: { item: InboxTask; today: string }) {
  const { task, accountName } = item;
  const setStatus = useSetTaskStatus(task.accountId);
  const snooze = useSnoozeTask(task.accountId);
  const [ticked, setTicked] = useState(false);
  const busy = setStatus.isPending || snooze.isPending;
  const dates = snoozeDates(today);
  return (
    <li className={`inbox-task${ticked ? ' inbox-task--done' : ''}`}>
      <input
        type="checkbox"
        id={`inbox-${task.id}`}
        checked={ticked}
        disabled={busy}
        aria-label={`Done: ${task.title}`}
        onChange={() => {
          setTicked(true);
          setStatus.mutate({ id: task.id, status: 'done' }, { onError: () => setTicked(false) });
        }}
      />
      <div className="inbox-task__what">
        <label htmlFor={`inbox-${task.id}`} className="inbox-task__title">
          {task.title}
        </label>
        <span className="sub">
          <a className="account-link" href={accountHref(task.accountId)}>
            {accountName}
          </a>{' '}
          · {labelOf(task.source)}
          {task.detail ? ` · ${task.detail}` : ''}
        </span>
      </div>
      <span className={`inbox-task__due${item.bucket === 'overdue' ? ' bad-text' : ''}`}>
        {task.dueDate ? `${formatDate(task.dueDate)} · ${relativeDays(today, task.dueDate)}` : 'No due date'}
      </span>
      <span className="inbox-task__snooze" role="group" aria-label={`Snooze ${task.title}`}>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={busy}
          onClick={() => snooze.mutate({ id: task.id, dueDate: dates.tomorrow })}
        >
          Tomorrow
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={busy}
          onClick={() => snooze.mutate({ id: task.id, dueDate: dates.nextWeek })}
        >
          Next week
        </button>
      </span>
    </li>
  );
}
