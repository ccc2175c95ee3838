import type { Priority, Ticket } from '../model';
import { addDays } from '../time/dates';
import { addBusinessMinutes, isWorkday } from '../time';
import { clientInstant, planCalendar, type AccountPlan } from './account-plan';
import { scopedRow, type DemoContext } from './context';

const SUBJECTS = [
  'Google Business Profile shows the wrong hours',
  'Form submissions are not reaching our inbox',
  'Can we add a holiday promo to the ads?',
  "Question about last month's invoice",
  'Please update the team photos on the website',
  'We dropped for "{kw}"?',
  'Call tracking number is ringing the old line',
  'Bad review came in, how should we respond?',
  'Need a landing page for our new service',
  'Website is loading slowly on phones',
];

const CHANNELS: Ticket['channel'][] = ['email', 'email', 'helpdesk', 'phone', 'chat'];

/** First-response time in working minutes: most inside the 2-hour SOP, about one in six over. */
function firstResponseMinutes(plan: AccountPlan): number {
  const { rng } = plan;
  return rng.chance(0.84) ? rng.int(8, 110) : rng.int(125, 600);
}

/** When a message arrives, on the client's clock: mostly in working hours, some overnight or at weekends. */
function openedAt(plan: AccountPlan, day: string): string {
  const { rng } = plan;
  if (isWorkday(day, planCalendar(plan)) && rng.chance(0.8))
    return clientInstant(plan, day, rng.int(9 * 60, 17 * 60 + 15));
  return clientInstant(plan, day, rng.chance(0.5) ? rng.int(18 * 60, 23 * 60) : rng.int(6 * 60, 8 * 60 + 45));
}

/**
 * About one client message a month, answered within business hours as the SOP asks; recent
 * ones may still be pending. Planted accounts have one that nobody has answered yet.
 */
export function ticketRows(ctx: DemoContext, plan: AccountPlan): Ticket[] {
  const { rng } = plan;
  const rows: Ticket[] = [];
  const from = plan.startedAt > ctx.historyStart ? plan.startedAt : ctx.historyStart;
  const end = plan.churnedAt ?? ctx.asOf;
  const gap = plan.trajectory === 'declining' ? [14, 35] : [20, 50];
  for (
    let day = addDays(from, rng.int(5, 30));
    day <= end;
    day = addDays(day, rng.int(gap[0] as number, gap[1] as number))
  ) {
    const opened = openedAt(plan, day);
    if (opened >= ctx.now) break;
    // Answered in the agency's business hours on the client's clock.
    const responded = addBusinessMinutes(opened, firstResponseMinutes(plan), planCalendar(plan));
    const resolved = addBusinessMinutes(responded, rng.int(30, 2_400), planCalendar(plan));
    const subject = rng.pick(SUBJECTS).replace('{kw}', rng.pick(plan.industry.keywords));
    rows.push(
      ticket(
        ctx,
        plan,
        subject,
        opened,
        responded <= ctx.now ? responded : null,
        resolved <= ctx.now ? resolved : null,
      ),
    );
  }
  if (plan.flags.unansweredTicket && !plan.churnedAt) {
    // Came in before the workday started on the book's today (or the last working day): still unanswered at noon.
    let day = ctx.asOf;
    while (!isWorkday(day, planCalendar(plan))) day = addDays(day, -1);
    rows.push(
      ticket(
        ctx,
        plan,
        rng.pick(SUBJECTS).replace('{kw}', rng.pick(plan.industry.keywords)),
        clientInstant(plan, day, 8 * 60 + 10),
        null,
        null,
        'high',
      ),
    );
  }
  return rows;
}

function ticket(
  ctx: DemoContext,
  plan: AccountPlan,
  subject: string,
  opened: string,
  responded: string | null,
  resolved: string | null,
  priority?: Priority,
): Ticket {
  const { rng } = plan;
  return {
    ...scopedRow(ctx, plan.id, resolved ?? responded ?? opened),
    subject,
    channel: rng.pick(CHANNELS),
    priority: priority ?? rng.weighted<Priority>(['low', 'normal', 'high', 'urgent'], [20, 60, 15, 5]),
    status: resolved ? 'resolved' : responded ? 'pending' : 'open',
    openedAt: opened,
    firstResponseAt: responded,
    resolvedAt: resolved,
  };
}
