import { z } from 'zod';
import { CASE_STUDY_STATUSES, CLIENT_REQUEST_KINDS, FEEDBACK_TRIGGERS } from './enums';
import { id, isoDate, isoDateTime, MAX_LONG_TEXT, nonEmptyText, scopedFields, text } from './primitives';

/**
 * The CSM's yearly obligations that the job description pays on (seed 002), recorded where they
 * happen. Each is a synced row under its account, like every other table.
 */

/**
 * A request the CSM sent a client: feedback (answered by a feedback row naming it) or a referral
 * (answered by a referral row naming it). Sent as an email draft from the CSM's own mail app.
 */
export const clientRequestSchema = z.strictObject({
  ...scopedFields,
  kind: z.enum(CLIENT_REQUEST_KINDS),
  /** Why now: each quarter, or after a QBR, a deliverable or a resolved escalation. */
  trigger: z.enum(FEEDBACK_TRIGGERS),
  /** The activity, deck or ticket that prompted it, when one did. */
  causeId: id.nullable(),
  contactId: id.nullable(),
  requestedAt: isoDateTime,
  /** Closed without an answer (the client declined, or the CSM withdrew it). */
  closedAt: isoDateTime.nullable(),
});
export type ClientRequest = z.infer<typeof clientRequestSchema>;

/** A client's success story on its way to a case study (the year-end bonus needs one a year). */
export const caseStudySchema = z.strictObject({
  ...scopedFields,
  title: nonEmptyText(200),
  status: z.enum(CASE_STUDY_STATUSES),
  markedOn: isoDate,
  draftedOn: isoDate.nullable(),
  approvedOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
  /** The situation and what was done, in client-safe words (the deck's first slides). */
  situation: text(5_000),
  whatWeDid: text(5_000),
  /** The feedback answer whose comment is the client quote, when one is picked. */
  quoteFeedbackId: id.nullable(),
  link: text(2_000),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

/**
 * A process the CSM documented for support and training (seed 002: "$50 spiff for every (4)
 * processes documented"). Kept under the account whose work it came from, so it syncs and is
 * scoped like every other row.
 */
export const processDocSchema = z
  .strictObject({
    ...scopedFields,
    title: nonEmptyText(200),
    documentedOn: isoDate,
    link: text(2_000),
    body: text(MAX_LONG_TEXT),
  })
  .refine((p) => p.link.trim() !== '' || p.body.trim() !== '', {
    message: 'needs a link or the process written out',
    path: ['link'],
  });
export type ProcessDoc = z.infer<typeof processDocSchema>;
