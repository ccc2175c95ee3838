import type { Activity, Audience, Task } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { dayIn, workdayOnOrAfter } from '../time';
import { scopedRow, WEEKDAYS_ONLY, type DemoContext } from './context';

/**
 * Follow-ups and to-dos with who they are for. Deliverables the client sees ("Update the Google
 * Business Profile photos") are marked for the client, so the demo's client plan and wins have
 * items; the CSM's own chores ("Prepare the QBR deck", "Send the birthday card") stay internal.
 * The lists keep their lengths and picks, so the rest of the demo book is unchanged.
 */
const FOLLOW_UPS: readonly DemoTask[] = [
  { title: 'Send the recap and next steps from the review', audience: 'internal' },
  { title: 'Pull call recordings for the best leads this month', audience: 'internal' },
  { title: 'Update the Google Business Profile photos', audience: 'client' },
  { title: "Draft next month's content calendar", audience: 'client' },
  { title: 'Check call tracking after the phone-system change', audience: 'client' },
];

const OPEN_TASKS: readonly DemoTask[] = [
  { title: 'Prepare the QBR deck and goal progress', audience: 'internal' },
  { title: 'Send the birthday card', audience: 'internal' },
  { title: 'Launch the new service-area landing page', audience: 'client' },
  { title: 'Review budget pacing before month end', audience: 'internal' },
];

interface DemoTask {
  title: string;
  audience: Audience;
}

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
    const followUp = rng.pick(FOLLOW_UPS);
    rows.push({
      ...scopedRow(ctx, plan.id, completedAt),
      title: followUp.title,
      detail: `From "${meeting.subject}".`,
      dueDate: addDays(dayIn(meeting.at, ctx.zone), 2),
      status: 'done',
      source: 'meeting',
      playbookId: null,
      completedAt,
      audience: followUp.audience,
    });
  }
  if (plan.churnedAt) return rows;
  for (let i = 0, n = rng.int(1, 2); i < n; i++) {
    const when = addDays(ctx.asOf, -rng.int(1, 10));
    const todo = rng.pick(OPEN_TASKS);
    rows.push({
      ...scopedRow(ctx, plan.id, when),
      title: todo.title,
      detail: '',
      dueDate: workdayOnOrAfter(addDays(ctx.asOf, rng.int(1, 14)), WEEKDAYS_ONLY),
      status: 'open',
      source: 'manual',
      playbookId: null,
      completedAt: null,
      audience: todo.audience,
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
      audience: 'internal',
    });
  }
  return rows;
}
