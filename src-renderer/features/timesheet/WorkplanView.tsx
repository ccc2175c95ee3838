import { useMemo, useState } from 'react';
import { WORKPLAN_LABELS, weeklyWorkplan, workplanCsv, workplanText, type DayBook } from '../../../src-core/today';
import { addDays, mondayOf } from '../../../src-core/time';
import { usePreference } from '../../app/preferences';
import { accountHref } from '../../app/routes';
import { useEffectiveSettings } from '../settings/queries';
import { useBookTasks } from '../today/queries';
import { usePlatform } from '../../platform/usePlatform';
import { formatShortDate } from '../shared/format';
import { exportText } from './export-file';

/** The weekly workplan for the manager (seeds/002): meetings, QBRs due, renewals, tasks, audits, onboarding. */
export function WorkplanView({ book, today }: { book: DayBook; today: string }) {
  const platform = usePlatform();
  const author = usePreference('authorName');
  const [weekStart, setWeekStart] = useState(mondayOf(today));
  // The CSM's own targets, cadence, workday and zone (Settings › Targets & health).
  const settings = useEffectiveSettings().data?.settings;
  // The open tasks come from the task inbox's own read, so ticking one off on Today updates the plan too.
  const tasks = useBookTasks().data?.tasks;
  const plan = useMemo(
    () => (settings && tasks ? weeklyWorkplan({ ...book, tasks }, weekStart, settings) : null),
    [book, tasks, weekStart, settings],
  );
  const csm = author || book.accounts[0]?.ownerName || 'CSM';
  if (!plan)
    return (
      <p className="loading" role="status">
        Planning the week…
      </p>
    );
  return (
    <section aria-label="Week plan">
      <div className="today-toolbar">
        <button type="button" className="button" onClick={() => setWeekStart(addDays(weekStart, -7))}>
          ← Previous week
        </button>
        <strong>Week of {formatShortDate(weekStart)}</strong>
        <button type="button" className="button" onClick={() => setWeekStart(addDays(weekStart, 7))}>
          Next week →
        </button>
        <span className="muted">{plan.items.length} items</span>
        <button
          type="button"
          className="button"
          onClick={() => void exportText(platform, `Workplan ${weekStart}.txt`, workplanText(plan, csm), 'text/plain')}
        >
          Export text
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportText(platform, `Workplan ${weekStart}.csv`, workplanCsv(plan), 'text/csv')}
        >
          Export CSV
        </button>
      </div>
      {plan.items.length === 0 ? (
        <p className="empty">Nothing planned this week.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>Day</th>
                <th>Time</th>
                <th>What</th>
                <th>Account</th>
                <th>Detail</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((i, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the index only separates identical plan lines.
                <tr key={`${i.kind}|${i.accountId}|${i.date}|${n}`}>
                  <td className="nowrap">{formatShortDate(i.date)}</td>
                  <td>{i.time}</td>
                  <td className="nowrap">{WORKPLAN_LABELS[i.kind]}</td>
                  <td>
                    <a href={accountHref(i.accountId)}>{i.accountName}</a>
                  </td>
                  <td>{i.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
