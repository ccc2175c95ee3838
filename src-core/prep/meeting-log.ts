import type { Activity, Note, Task, TimeEntry } from '../model';
import { formatDay } from '../time';

/** What the CSM types in the "Log meeting" dialog, in under a minute. */
export interface MeetingLogInput {
  accountId: string;
  /** The scheduled meeting being logged; null logs an unscheduled one. */
  meeting: Activity | null;
  /** What an unscheduled meeting was: a plain meeting (the default) or a QBR. */
  kind?: 'meeting' | 'qbr';
  subject: string;
  at: string;
  kept: boolean;
  attendeeIds: string[];
  outcome: string;
  notes: string;
  /** One task per line the CSM typed; blank lines are ignored. */
  nextSteps: string[];
  nextStepsDue: string | null;
  /** Next steps agreed with the client go in the client plan; otherwise they are the CSM's own to-dos. */
  nextStepsForClient?: boolean;
  meetingMinutes: number;
  /** Minutes the prep timer ran, logged as prep time. */
  prepMinutes: number;
  authorName: string;
}

export interface MeetingLogRows {
  activity: Activity;
  tasks: Task[];
  note: Note | null;
  timeEntries: TimeEntry[];
}

/**
 * The rows one logged meeting writes: the touchpoint (kept → completed, or no-show), next steps
 * as tasks, the notes as a note, and the timesheet entries (prep and meeting time, seeds/002:
 * timesheets daily). A no-show still logs the prep done for it, but no meeting time.
 */
export function meetingLogRows(input: MeetingLogInput, now: string, newId: () => string): MeetingLogRows {
  const base = (id: string) => ({ id, rev: 0, deleted: false, updatedAt: now, accountId: input.accountId });
  const day = input.at.slice(0, 10);
  const activity: Activity = {
    ...(input.meeting ?? { ...base(newId()), kind: input.kind ?? 'meeting', direction: 'two_way', insight: null }),
    updatedAt: now,
    status: input.kept ? 'completed' : 'no_show',
    at: input.at,
    subject: input.subject.trim() || 'Meeting',
    durationMinutes: input.kept ? clampMinutes(input.meetingMinutes) : 0,
    outcome: input.outcome.trim(),
    attendeeIds: input.attendeeIds,
  };
  const tasks: Task[] = input.nextSteps
    .map((s) => s.trim())
    .filter(Boolean)
    .map((title) => ({
      ...base(newId()),
      title,
      detail: `Next step from "${activity.subject}" on ${formatDay(day)}`,
      dueDate: input.nextStepsDue,
      status: 'open',
      source: 'meeting',
      playbookId: null,
      completedAt: null,
      audience: input.nextStepsForClient ? 'client' : 'internal',
    }));
  const note: Note | null = input.notes.trim()
    ? {
        ...base(newId()),
        body: input.notes.trim(),
        createdAt: now,
        authorName: input.authorName,
        pinned: false,
        conflictOf: null,
      }
    : null;
  const timeEntries: TimeEntry[] = [];
  if (input.prepMinutes >= 1)
    timeEntries.push({
      ...base(newId()),
      date: day,
      minutes: clampMinutes(input.prepMinutes),
      category: 'prep',
      note: `Prep for ${activity.subject}`,
    });
  if (input.kept && input.meetingMinutes >= 1)
    timeEntries.push({
      ...base(newId()),
      date: day,
      minutes: clampMinutes(input.meetingMinutes),
      category: 'meeting',
      note: activity.subject,
    });
  return { activity, tasks, note, timeEntries };
}

function clampMinutes(m: number): number {
  return Math.min(24 * 60, Math.max(0, Math.round(m)));
}
