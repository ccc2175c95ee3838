import { useMemo, useState } from 'react';
import { TIME_CATEGORIES } from '../../../src-core/model';
import { timesheet, timesheetCsv, type DayBook, type Timesheet } from '../../../src-core/today';
import { addDays, mondayOf } from '../../../src-core/time';
import { usePlatform } from '../../platform/usePlatform';
import { formatShortDate, labelOf } from '../shared/format';
import { AddTimeForm } from './AddTimeForm';
import { exportText } from './export-file';

const hours = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Time logged per account and category, per day of one week (seeds/002: timesheets daily). */
export function TimesheetView({ book, today }: { book: DayBook; today: string }) {
  const platform = usePlatform();
  const [weekStart, setWeekStart] = useState(mondayOf(today));
  const weekEnd = addDays(weekStart, 6);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const sheet = useMemo(
    () => timesheet(book.timeEntries, new Map(book.accounts.map((a) => [a.id, a.name])), weekStart, weekEnd),
    [book, weekStart, weekEnd],
  );
  return (
    <section aria-label="Timesheet">
      <div className="today-toolbar">
        <button type="button" className="button" onClick={() => setWeekStart(addDays(weekStart, -7))}>
          ← Previous week
        </button>
        <strong>Week of {formatShortDate(weekStart)}</strong>
        <button type="button" className="button" onClick={() => setWeekStart(addDays(weekStart, 7))}>
          Next week →
        </button>
        <span className="muted">
          {hours(sheet.totalMinutes)} logged ·{' '}
          {TIME_CATEGORIES.filter((c) => sheet.byCategory[c])
            .map((c) => `${labelOf(c)} ${hours(sheet.byCategory[c]!)}`)
            .join(' · ') || 'nothing yet'}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => void exportText(platform, `Timesheet ${weekStart}.csv`, timesheetCsv(sheet), 'text/csv')}
        >
          Export CSV
        </button>
      </div>
      <AddTimeForm book={book} today={today} />
      <TimesheetTable sheet={sheet} days={days} />
    </section>
  );
}

/** The week's grid: one row per account and category, one column per day, totals on the right and below. */
export function TimesheetTable({ sheet, days }: { sheet: Timesheet; days: string[] }) {
  const accounts = [...new Set(sheet.rows.map((r) => r.accountName))];
  return (
    <>
      {sheet.rows.length === 0 ? (
        <p className="empty">No time logged this week. Prep and meeting time land here when you log a meeting.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>Account</th>
                <th>Category</th>
                {days.map((d) => (
                  <th key={d} className="num">
                    {formatShortDate(d)}
                  </th>
                ))}
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {accounts.flatMap((name) =>
                TIME_CATEGORIES.filter((c) => sheet.rows.some((r) => r.accountName === name && r.category === c)).map(
                  (c) => {
                    const cells = days.map(
                      (d) =>
                        sheet.rows.find((r) => r.accountName === name && r.category === c && r.date === d)?.minutes ??
                        0,
                    );
                    return (
                      <tr key={`${name}|${c}`}>
                        <td>{name}</td>
                        <td>{labelOf(c)}</td>
                        {cells.map((m, i) => (
                          <td key={days[i]} className="num">
                            {m ? `${m} min` : ''}
                          </td>
                        ))}
                        <td className="num strong">{hours(cells.reduce((a, b) => a + b, 0))}</td>
                      </tr>
                    );
                  },
                ),
              )}
              <tr>
                <td className="strong">Total</td>
                <td />
                {days.map((d) => (
                  <td key={d} className="num strong">
                    {sheet.byDay[d] ? hours(sheet.byDay[d]) : ''}
                  </td>
                ))}
                <td className="num strong">{hours(sheet.totalMinutes)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
