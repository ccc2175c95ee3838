import type { Activity, Task } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { dayIn, workdayOnOrAfter } from '../time';
import { scopedRow, WEEKDAYS_ONLY, type DemoContext } from './context';

const FOLLOW_UPS = [
  'Send the recap and next steps from the review',
  'Pull call recordings for the best leads this month',
  'Update the Google Business Profile photos',
  "Draft next month's content calendar",
  'Check call tracking after the phone-system change',
];

const OPEN_TASKS = [
  'Prepare the QBR deck and goal progress',
  'Send the birthday card',
  "Share this month's win with the owner",
  'Review budget pacing before month end',
];

/** Done follow-ups after recent meetings, a couple of open to-dos, and one overdue on slipping accounts. */
export function taskRows(ctx: DemoContext, plan: AccountPlan, activities: readonly Activity[]): Task[] {
  const { rng } = plan;
  const rows: Task[] = [];
  const recentMeetings = activities.filter(
    (a) => (a.kind === 'meeting' || a.kind === 'qbr') && a.status === 'completed' && a.at >= addDays(ctx.asOf, -60),
  );
  for (const meeting of recentMeetings) {
    const completedAt = new Date(Date.parse(meeting.at) + rng.int(2, 30) * 3_600_000).toISOString();
    if (completedAt > ctx.now) continue;
    rows.push({
      ...scopedRow(ctx, plan.id, completedAt),
      title: rng.pick(FOLLOW_UPS),
      detail: `From "${meeting.subject}".`,
      dueDate: addDays(dayIn(meeting.at, ctx.zone), 2),
      status: 'done',
      source: 'meeting',
      playbookId: null,
      completedAt,
    });
  }
  if (plan.churnedAt) return rows;
  for (let i = 0, n = rng.int(1, 2); i < n; i++) {
    rows.push({
      ...scopedRow(ctx, plan.id, addDays(ctx.asOf, -rng.int(1, 10))),
      title: rng.pick(OPEN_TASKS),
      detail: '',
      dueDate: workdayOnOrAfter(addDays(ctx.asOf, rng.int(1, 14)), WEEKDAYS_ONLY),
      status: 'open',
      source: 'manual',
      playbookId: null,
      completedAt: null,
    });
  }
  if (plan.trajectory === 'declining' || plan.role === 'story') {
    rows.push({
      ...scopedRow(ctx, plan.id, addDays(ctx.asOf, -12)),
      title:
        plan.role === 'story'
          ? 'Start the renewal plan (renewal in 90 days)'
          : 'Send the ROI analysis the owner asked for',
      detail: '',
      dueDate: addDays(ctx.asOf, -3),
      status: 'open',
      source: 'manual',
      playbookId: null,
      completedAt: null,
    });
  }
  return rows;
}
