import { z } from 'zod';
import {
  ACTIVITY_DIRECTIONS,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  FEEDBACK_TRIGGERS,
  PRIORITIES,
  TICKET_STATUSES,
} from './enums';
import { exportFields, externalFields } from './external';
import { MAX_LONG_TEXT, id, isoDate, isoDateTime, nonEmptyText, scopedFields, text } from './primitives';

/** A touchpoint: email, call, meeting, QBR, audit, value report or monthly insight. */
export const activitySchema = z.strictObject({
  ...scopedFields,
  kind: z.enum(ACTIVITY_KINDS),
  status: z.enum(ACTIVITY_STATUSES),
  direction: z.enum(ACTIVITY_DIRECTIONS),
  /** When it happened or is scheduled. */
  at: isoDateTime,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  subject: nonEmptyText(300),
  outcome: text(5_000),
  attendeeIds: z.array(id).max(50),
  /** Monthly contact insight, in the SOP's three parts; empty when not an insight. */
  insight: z.strictObject({ working: text(5_000), needsWork: text(5_000), workingOn: text(5_000) }).nullable(),
  ...externalFields,
  ...exportFields,
});
export type Activity = z.infer<typeof activitySchema>;

/** A client message or help-desk ticket; first response is measured in business hours. */
export const ticketSchema = z.strictObject({
  ...scopedFields,
  subject: nonEmptyText(300),
  channel: z.enum(['email', 'helpdesk', 'phone', 'chat']),
  priority: z.enum(PRIORITIES),
  status: z.enum(TICKET_STATUSES),
  openedAt: isoDateTime,
  firstResponseAt: isoDateTime.nullable(),
  resolvedAt: isoDateTime.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const feedbackSchema = z
  .strictObject({
    ...scopedFields,
    date: isoDate,
    nps: z.number().int().min(0).max(10).nullable(),
    csat: z.number().int().min(1).max(5).nullable(),
    comment: text(5_000),
    contactId: id.nullable(),
    trigger: z.enum(FEEDBACK_TRIGGERS),
    /** The feedback request this answers, when it answers one. Optional: older rows have none. */
    requestId: id.nullable().optional(),
  })
  .refine((f) => f.nps !== null || f.csat !== null, { message: 'needs an NPS or a CSAT score', path: ['nps'] });
export type Feedback = z.infer<typeof feedbackSchema>;

/**
 * Free text about an account. Notes are never overwritten silently by sync: a losing
 * concurrent edit is kept as a conflict copy pointing at the note it lost to.
 */
export const noteSchema = z.strictObject({
  ...scopedFields,
  body: nonEmptyText(MAX_LONG_TEXT),
  createdAt: isoDateTime,
  authorName: text(200),
  pinned: z.boolean(),
  conflictOf: id.nullable(),
  ...externalFields,
  ...exportFields,
});
export type Note = z.infer<typeof noteSchema>;
