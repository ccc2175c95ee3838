import type { Activity, TimeCategory, TimeEntry } from '../model';
import { addDays, dayIn, instantAt } from '../time';
import type { AccountPlan } from './account-plan';
import { scopedRow, type DemoContext } from './context';

/** Timesheets are kept for the last eight weeks: what the CSM logged against each touchpoint. */
export const TIMESHEET_DAYS = 56;

/** Minutes logged per touchpoint, with the SOP's 15 minutes of prep before every meeting. */
function minutesFor(activity: Activity): [TimeCategory, number][] {
  switch (activity.kind) {
    case 'meeting':
      return [
        ['prep', 15],
        ['meeting', activity.durationMinutes],
      ];
    case 'qbr':
      return [
        ['prep', 45],
        ['meeting', activity.durationMinutes],
      ];
    case 'call':
      return [['call', Math.max(5, activity.durationMinutes)]];
    case 'audit':
      return [['audit', activity.durationMinutes]];
    case 'value_report':
    case 'monthly_insight':
      return [['reporting', 30]];
    case 'email':
      return [['email', 10]];
  }
}

/**
 * One timesheet row per account, day and category, from the touchpoints done by the book's now:
 * the day is the CSM's (a 16:00 meeting in New York is logged on the Los Angeles CSM's same day),
 * and nothing later today is logged before it happens.
 */
export function timeEntryRows(ctx: DemoContext, plan: AccountPlan, activities: readonly Activity[]): TimeEntry[] {
  const since = instantAt(addDays(ctx.asOf, -TIMESHEET_DAYS), '00:00', ctx.zone);
  const totals = new Map<string, number>();
  for (const a of activities) {
    if (a.status !== 'completed' || a.at < since || a.at > ctx.now) continue;
    for (const [category, minutes] of minutesFor(a)) {
      const key = `${dayIn(a.at, ctx.zone)}|${category}`;
      totals.set(key, (totals.get(key) ?? 0) + minutes);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, minutes]) => {
      const [date, category] = key.split('|') as [string, TimeCategory];
      return { ...scopedRow(ctx, plan.id, date), date, minutes, category, note: '' };
    });
}
