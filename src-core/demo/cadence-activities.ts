import type { Activity, ActivityStatus, Contact } from '../model';
import { addBusinessDays, addDays, dayIn, instantAt, workdayOnOrAfter, type WorkCalendar } from '../time';
import { clientInstant, planCalendar, type AccountPlan } from './account-plan';
import { scopedRow, type DemoContext } from './context';
import { monthlyInsight } from './insight-text';
import type { KpiStream } from './kpi-timeline';
import { inCalendarWindow, meetingStatus, CALENDAR_AHEAD_DAYS } from './meeting-status';
import { monthLabel, monthRange, monthStart, monthsBetween, previousMonth, quarterLabel } from './month-keys';

/** Days of onboarding before the monthly cadence takes over (DESIGN §2: weeks 1–4). */
export const ONBOARDING_DAYS = 30;

const AUDIT_SLOTS = [9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30];
const MEETING_SLOTS = [10 * 60, 11 * 60, 14 * 60, 15 * 60, 16 * 60];

export interface People {
  primary: Contact;
  owner: Contact;
  all: Contact[];
}

export function peopleOf(contacts: Contact[]): People {
  const owner = contacts.find((c) => c.role === 'decision_maker') ?? (contacts[0] as Contact);
  const primary = contacts.find((c) => c.isPrimary) ?? owner;
  return { primary, owner, all: contacts };
}

type Draft = Omit<Activity, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'accountId'>;

/** The n-th workday (0 = first) of the month starting `monthStart`, on the client's calendar. */
export function nthWorkday(monthStart: string, n: number, cal: WorkCalendar): string {
  return addBusinessDays(workdayOnOrAfter(monthStart, cal), n, cal);
}

export function activity(ctx: DemoContext, plan: AccountPlan, draft: Draft): Activity {
  // A scheduled meeting was put on the calendar about two weeks before it.
  const touched =
    draft.status === 'scheduled' ? instantAt(addDays(dayIn(draft.at, ctx.zone), -14), '10:00', ctx.zone) : draft.at;
  return { ...scopedRow(ctx, plan.id, touched), ...draft };
}

/**
 * The SOP's monthly rhythm for one account: value report early in the month, the audit and its
 * email, the monthly review (a QBR every third month) and the three-part insight after it.
 */
export function cadenceActivities(
  ctx: DemoContext,
  plan: AccountPlan,
  people: People,
  streams: readonly KpiStream[],
): Activity[] {
  const out: Activity[] = [];
  const from = plan.startedAt > ctx.historyStart ? plan.startedAt : ctx.historyStart;
  const until = plan.churnedAt ?? addDays(ctx.asOf, CALENDAR_AHEAD_DAYS);
  const rng = plan.rng.fork('cadence');
  // Onboarding's own calls cover the first 30 days; the monthly rhythm starts after them.
  const cal = planCalendar(plan);
  const cadenceFrom = instantAt(addDays(plan.startedAt, ONBOARDING_DAYS), '00:00', cal.zone);
  const done = (at: string) =>
    at <= ctx.now && at >= cadenceFrom && (!plan.churnedAt || dayIn(at, cal.zone) <= plan.churnedAt);
  for (const month of monthRange(from, until)) {
    const monthsIn = monthsBetween(plan.startedAt, monthStart(month));
    // The story's calendar stops at its upcoming QBR.
    if (monthsIn <= 0 || (plan.role === 'story' && month > ctx.asOf.slice(0, 7))) continue;
    const reportAt = clientInstant(plan, nthWorkday(monthStart(month), plan.index % 3, cal), 15 * 60);
    if (done(reportAt) && monthsIn >= 2) out.push(valueReport(ctx, plan, people, month, reportAt));
    const auditDay = nthWorkday(monthStart(month), 3 + (plan.index % 8), cal);
    const auditAt = clientInstant(plan, auditDay, AUDIT_SLOTS[plan.index % AUDIT_SLOTS.length] as number);
    if (done(auditAt)) out.push(...auditPair(ctx, plan, people, auditAt, rng.next()));
    const meeting = monthlyMeeting(ctx, plan, people, month, monthsIn % 3 === 0, rng.next());
    if (!meeting) continue;
    if (done(meeting.at)) {
      out.push(meeting);
      const insightAt = clientInstant(plan, addBusinessDays(dayIn(meeting.at, cal.zone), 1, cal), 16 * 60);
      if (done(insightAt))
        out.push(insight(ctx, plan, people, month, insightAt, monthlyInsight(plan, streams, month, rng.next())));
    } else if (meeting.status === 'scheduled' && !plan.churnedAt && meeting.at >= cadenceFrom) {
      out.push(meeting);
    }
  }
  return out;
}

function valueReport(ctx: DemoContext, plan: AccountPlan, people: People, month: string, at: string): Activity {
  return activity(ctx, plan, {
    kind: 'value_report',
    status: 'completed',
    direction: 'outbound',
    at,
    durationMinutes: 0,
    subject: `Value report — ${monthLabel(previousMonth(month))}`,
    outcome: 'Sent the monthly value report deck by email.',
    attendeeIds: [people.owner.id],
    insight: null,
  });
}

function insight(
  ctx: DemoContext,
  plan: AccountPlan,
  people: People,
  month: string,
  at: string,
  text: Activity['insight'],
): Activity {
  return activity(ctx, plan, {
    kind: 'monthly_insight',
    status: 'completed',
    direction: 'outbound',
    at,
    durationMinutes: 20,
    subject: `Monthly insight — ${monthLabel(month)}`,
    outcome: '',
    attendeeIds: [people.primary.id],
    insight: text,
  });
}

function auditPair(ctx: DemoContext, plan: AccountPlan, people: People, at: string, roll: number): Activity[] {
  const keyword = plan.industry.keywords[Math.floor(roll * plan.industry.keywords.length)] ?? '';
  const emailAt = new Date(Date.parse(at) + 75 * 60_000).toISOString();
  return [
    activity(ctx, plan, {
      kind: 'audit',
      status: 'completed',
      direction: 'outbound',
      at,
      durationMinutes: 45,
      subject: 'Monthly account audit',
      outcome: `Checked tracking, Google Business Profile, rankings for "${keyword}" and budget pacing.`,
      attendeeIds: [],
      insight: null,
    }),
    activity(ctx, plan, {
      kind: 'email',
      status: 'completed',
      direction: 'outbound',
      at: emailAt,
      durationMinutes: 10,
      subject: 'Your monthly audit: what we checked and what we found',
      outcome: 'Monthly audit email sent.',
      attendeeIds: [people.primary.id],
      insight: null,
    }),
  ];
}

function monthlyMeeting(
  ctx: DemoContext,
  plan: AccountPlan,
  people: People,
  month: string,
  isQbr: boolean,
  roll: number,
): Activity | null {
  const storyNow = plan.role === 'story' && month === ctx.asOf.slice(0, 7);
  const cal = planCalendar(plan);
  const day = storyNow ? addBusinessDays(ctx.asOf, 6, cal) : nthWorkday(monthStart(month), 9 + (plan.index % 7), cal);
  const at = clientInstant(plan, day, MEETING_SLOTS[plan.index % MEETING_SLOTS.length] as number);
  if (!inCalendarWindow(ctx, at)) return null;
  const status = meetingStatus(ctx, plan, isQbr ? 'qbr' : 'review', at, roll);
  const attendees = isQbr ? [people.owner.id, people.primary.id] : [people.primary.id];
  return activity(ctx, plan, {
    kind: isQbr ? 'qbr' : 'meeting',
    status,
    direction: 'two_way',
    at,
    durationMinutes: isQbr ? 60 : 30,
    subject: isQbr ? `${quarterLabel(month)} business review` : 'Monthly performance review',
    outcome: meetingOutcome(status, isQbr, people),
    attendeeIds: [...new Set(attendees)],
    insight: null,
  });
}

function meetingOutcome(status: ActivityStatus, isQbr: boolean, people: People): string {
  const name = people.primary.name.split(' ')[0];
  if (status === 'scheduled') return '';
  if (status === 'no_show') return `${name} didn't join. Left a voicemail and emailed the deck.`;
  if (status === 'cancelled') return `${name} asked to move it: slammed this week.`;
  return isQbr
    ? `Walked ${people.owner.name} and ${name} through goals, channel results and next quarter's plan.`
    : `Reviewed last month's numbers with ${name}; agreed next steps.`;
}
