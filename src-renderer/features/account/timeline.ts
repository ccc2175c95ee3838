import { MEETING_KINDS } from '../../../src-core/health/engagement';
import type { Activity, ActivityKind, Ticket } from '../../../src-core/model';
import { labelOf } from '../shared/format';

/** One line of an account's timeline: a touchpoint (email, call, meeting, QBR, audit, value report) or a ticket. */
export interface TimelineItem {
  key: string;
  at: string;
  /** `activity` kinds plus `ticket`. */
  kind: ActivityKind | 'ticket';
  title: string;
  /** In the CSM's words: kept, no-show, scheduled, sent, done, open, resolved… */
  status: string;
  tone: 'good' | 'bad' | 'neutral' | 'upcoming';
  detail: string;
  /** The ticket the CSM can mark resolved from here (an open or pending one); null otherwise. */
  openTicketId: string | null;
}

const SENT_KINDS: ReadonlySet<ActivityKind> = new Set(['email', 'value_report', 'monthly_insight']);

function completedWord(kind: ActivityKind): string {
  if (MEETING_KINDS.has(kind)) return 'kept';
  if (SENT_KINDS.has(kind)) return 'sent';
  return 'done';
}

export function activityItem(a: Activity): TimelineItem {
  const status = a.status === 'completed' ? completedWord(a.kind) : a.status === 'no_show' ? 'no-show' : a.status;
  const tone =
    a.status === 'completed'
      ? 'good'
      : a.status === 'no_show'
        ? 'bad'
        : a.status === 'scheduled'
          ? 'upcoming'
          : 'neutral';
  const insight = a.insight
    ? [
        a.insight.working && `What's working: ${a.insight.working}`,
        a.insight.needsWork && `What needs work: ${a.insight.needsWork}`,
        a.insight.workingOn && `What we're working on: ${a.insight.workingOn}`,
      ].filter(Boolean)
    : [];
  const minutes = a.durationMinutes > 0 ? `${a.durationMinutes} min` : '';
  return {
    key: `activity:${a.id}`,
    at: a.at,
    kind: a.kind,
    title: a.subject,
    status,
    tone,
    detail: [minutes, a.outcome, ...insight].filter(Boolean).join(' · '),
    openTicketId: null,
  };
}

export function ticketItem(t: Ticket): TimelineItem {
  const responded = t.firstResponseAt ? 'answered' : 'not answered yet';
  return {
    key: `ticket:${t.id}`,
    at: t.openedAt,
    kind: 'ticket',
    title: t.subject,
    status: t.status,
    tone: t.status === 'resolved' ? 'good' : t.firstResponseAt ? 'neutral' : 'bad',
    detail: `${labelOf(t.priority)} priority · ${labelOf(t.channel)} · ${responded}`,
    openTicketId: t.status === 'resolved' ? null : t.id,
  };
}

/** Touchpoints and tickets merged by date, newest first; deleted rows are left out. */
export function buildTimeline(activities: readonly Activity[], tickets: readonly Ticket[]): TimelineItem[] {
  const items = [
    ...activities.filter((a) => !a.deleted).map(activityItem),
    ...tickets.filter((t) => !t.deleted).map(ticketItem),
  ];
  return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.key.localeCompare(b.key));
}
