import type { Activity } from '../model';
import { addDays, daysBetween, mondayOf } from '../time/dates';
import { clientInstant, type AccountPlan } from './account-plan';
import { isWorkday } from '../time';
import { activity, ONBOARDING_DAYS, type People } from './cadence-activities';
import { WEEKDAYS_ONLY, type DemoContext } from './context';
import { CALENDAR_AHEAD_DAYS, meetingStatus } from './meeting-status';

/** Bi-weekly syncs and ad-hoc emails are kept for the last six months only: enough to read engagement, few records. */
export const RECENT_TOUCHPOINT_DAYS = 182;

const WIN_EMAILS = [
  'Quick win: "{kw}" is now in the top 3',
  'Great month for calls — numbers inside',
  'Your new reviews are showing up on Google',
];
const CHECK_IN_EMAILS = [
  'Checking in before our next review',
  'Idea for the slow season',
  'A few questions about your schedule',
];
const CLIENT_EMAILS = [
  'Can we add a promo for next month?',
  'Question about the last report',
  'New photos from our latest job',
  'Are the new landing pages live?',
];

/** The 15-minute bi-weekly sync of the SOP cadence, on a fixed weekday and slot per account. */
export function syncCalls(ctx: DemoContext, plan: AccountPlan, people: People): Activity[] {
  const start = [
    addDays(ctx.asOf, -RECENT_TOUCHPOINT_DAYS),
    addDays(plan.startedAt, ONBOARDING_DAYS),
  ].sort()[1] as string;
  const end = plan.churnedAt ?? addDays(ctx.asOf, CALENDAR_AHEAD_DAYS);
  const rng = plan.rng.fork('syncs');
  const out: Activity[] = [];
  const slot = 9 * 60 + ((plan.index * 7) % 15) * 30;
  for (let week = mondayOf(start); week <= end; week = addDays(week, 7)) {
    if ((daysBetween('2024-01-01', week) / 7) % 2 !== plan.index % 2) continue;
    const day = addDays(week, plan.index % 5);
    if (day < start || day > end) continue;
    const at = clientInstant(plan, day, slot);
    const status = meetingStatus(ctx, plan, 'sync', at, rng.next());
    const name = people.primary.name.split(' ')[0];
    out.push(
      activity(ctx, plan, {
        kind: 'call',
        status,
        direction: 'two_way',
        at,
        durationMinutes: 15,
        subject: 'Bi-weekly sync',
        outcome:
          status === 'completed'
            ? `Quick sync with ${name}: ${rng.pick(SYNC_NOTES)}`
            : status === 'scheduled'
              ? ''
              : `${name} was not available.`,
        attendeeIds: [people.primary.id],
        insight: null,
      }),
    );
  }
  return out;
}

const SYNC_NOTES = [
  "went over last week's leads, no issues.",
  'they want to push the spring promo earlier.',
  'confirmed the new tracking number is on the trucks.',
  'asked for two more blog topics; sent ideas after the call.',
  'front desk is now logging lead source on every call.',
  'all good; busy week on their side.',
];

/** About one ad-hoc email a month: wins shared by the CSM, questions from the client. */
export function adHocEmails(ctx: DemoContext, plan: AccountPlan, people: People): Activity[] {
  const rng = plan.rng.fork('emails');
  const out: Activity[] = [];
  const end = plan.churnedAt ?? ctx.asOf;
  for (let day = addDays(ctx.asOf, -RECENT_TOUCHPOINT_DAYS); day <= end; day = addDays(day, rng.int(18, 40))) {
    if (day < plan.startedAt || !isWorkday(day, WEEKDAYS_ONLY)) continue;
    const at = clientInstant(plan, day, rng.int(9 * 60, 17 * 60));
    if (at > ctx.now) break;
    // The story's client has gone quiet: only the CSM writes.
    const fromClient = plan.role !== 'story' && rng.chance(0.4);
    const keyword = rng.pick(plan.industry.keywords);
    const subject = fromClient
      ? rng.pick(CLIENT_EMAILS)
      : rng
          .pick(plan.trajectory === 'thriving' || plan.trajectory === 'steady' ? WIN_EMAILS : CHECK_IN_EMAILS)
          .replace('{kw}', keyword);
    out.push(
      activity(ctx, plan, {
        kind: 'email',
        status: 'completed',
        direction: fromClient ? 'inbound' : 'outbound',
        at,
        durationMinutes: 5,
        subject,
        outcome: fromClient ? 'Answered the same day.' : '',
        attendeeIds: [people.primary.id],
        insight: null,
      }),
    );
  }
  return out;
}

/** The call where a churned client gave notice, thirty days before the end. */
export function cancellationCall(ctx: DemoContext, plan: AccountPlan, people: People): Activity[] {
  if (!plan.churnedAt) return [];
  const day = addDays(plan.churnedAt, -30);
  return [
    activity(ctx, plan, {
      kind: 'meeting',
      status: 'completed',
      direction: 'two_way',
      at: clientInstant(plan, isWorkday(day, WEEKDAYS_ONLY) ? day : addDays(day, 2), 11 * 60),
      durationMinutes: 30,
      subject: 'Cancellation call',
      outcome: `${people.owner.name} gave 30 days' notice: results flat for two quarters and budget moving to a lead-gen service. Offered a reduced SEO-only plan; declined.`,
      attendeeIds: [people.owner.id],
      insight: null,
    }),
  ];
}
