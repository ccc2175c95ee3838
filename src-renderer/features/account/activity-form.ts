import type { ActivityDirection, ActivityKind, ActivityStatus } from '../../../src-core/model';
import type { ActivityInput } from '../../store';

/** What the "Log activity" form holds, as typed. */
export interface ActivityForm {
  kind: Extract<ActivityKind, 'call' | 'email' | 'meeting'>;
  status: ActivityStatus;
  direction: ActivityDirection;
  /** `YYYY-MM-DDTHH:mm` in the laptop's time zone (a datetime-local input). */
  at: string;
  durationMinutes: string;
  subject: string;
  outcome: string;
  attendeeIds: string[];
}

export const LOGGABLE_KINDS = ['call', 'email', 'meeting'] as const;

export const STATUS_WORDS: Record<ActivityStatus, string> = {
  completed: 'Kept / done',
  no_show: 'No-show',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

export function localDateTimeInput(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function emptyActivityForm(now: Date): ActivityForm {
  return {
    kind: 'call',
    status: 'completed',
    direction: 'two_way',
    at: localDateTimeInput(now),
    durationMinutes: '15',
    subject: '',
    outcome: '',
    attendeeIds: [],
  };
}

/** The writer's input; the store validates it and says what is wrong in the CSM's words. */
export function toActivityInput(accountId: string, form: ActivityForm): ActivityInput {
  const minutes = Number(form.durationMinutes);
  return {
    accountId,
    kind: form.kind,
    status: form.status,
    direction: form.kind === 'email' && form.direction === 'two_way' ? 'outbound' : form.direction,
    at: new Date(form.at).toISOString(),
    durationMinutes: Number.isFinite(minutes) ? Math.round(minutes) : -1,
    subject: form.subject.trim(),
    outcome: form.outcome.trim(),
    attendeeIds: form.attendeeIds,
    insight: null,
  };
}
