import type { TimeCategory, TimeEntry } from '../model';
import { live } from './book-slice';
import { toCsv } from './csv';

export interface TimesheetRow {
  date: string;
  accountId: string;
  accountName: string;
  category: TimeCategory;
  minutes: number;
}

export interface Timesheet {
  from: string;
  to: string;
  rows: TimesheetRow[];
  byDay: Record<string, number>;
  byCategory: Partial<Record<TimeCategory, number>>;
  byAccount: Record<string, number>;
  totalMinutes: number;
}

/** Minutes per day, account and category between two days inclusive (seeds/002: timesheets daily). */
export function timesheet(
  entries: readonly TimeEntry[],
  accountNames: ReadonlyMap<string, string>,
  from: string,
  to: string,
): Timesheet {
  const cells = new Map<string, TimesheetRow>();
  for (const e of live(entries)) {
    if (e.date < from || e.date > to) continue;
    const key = `${e.date}|${e.accountId}|${e.category}`;
    const row = cells.get(key);
    if (row) row.minutes += e.minutes;
    else
      cells.set(key, {
        date: e.date,
        accountId: e.accountId,
        accountName: accountNames.get(e.accountId) ?? e.accountId,
        category: e.category,
        minutes: e.minutes,
      });
  }
  const rows = [...cells.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.accountName.localeCompare(b.accountName) ||
      a.category.localeCompare(b.category),
  );
  const sheet: Timesheet = { from, to, rows, byDay: {}, byCategory: {}, byAccount: {}, totalMinutes: 0 };
  for (const r of rows) {
    sheet.byDay[r.date] = (sheet.byDay[r.date] ?? 0) + r.minutes;
    sheet.byCategory[r.category] = (sheet.byCategory[r.category] ?? 0) + r.minutes;
    sheet.byAccount[r.accountName] = (sheet.byAccount[r.accountName] ?? 0) + r.minutes;
    sheet.totalMinutes += r.minutes;
  }
  return sheet;
}

export function timesheetCsv(sheet: Timesheet): string {
  return toCsv(
    ['Date', 'Account', 'Category', 'Minutes'],
    sheet.rows.map((r) => [r.date, r.accountName, r.category, r.minutes]),
  );
}
