import { z } from 'zod';
import { EXPANSION_TRIGGERS, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES, REFERRAL_STATUSES, SERVICES } from './enums';
import { externalFields } from './external';
import { id, isoDate, isoDateTime, nonEmptyText, nonNegativeCents, scopedFields, text } from './primitives';

export const contractSchema = z.strictObject({
  ...scopedFields,
  startDate: isoDate,
  renewalDate: isoDate,
  monthlyValueCents: nonNegativeCents,
  services: z.array(z.enum(SERVICES)).max(SERVICES.length),
  status: z.enum(['active', 'renewed', 'cancelled', 'expired']),
  termMonths: z.number().int().min(1).max(120),
});
export type Contract = z.infer<typeof contractSchema>;

export const invoiceSchema = z.strictObject({
  ...scopedFields,
  number: nonEmptyText(50),
  issuedAt: isoDate,
  dueDate: isoDate,
  amountCents: nonNegativeCents,
  paidAt: isoDate.nullable(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

/** An expansion or renewal opportunity in the CS selling pipeline. `amountCents` is monthly value added. */
export const opportunitySchema = z.strictObject({
  ...scopedFields,
  kind: z.enum(OPPORTUNITY_KINDS),
  title: nonEmptyText(200),
  amountCents: nonNegativeCents,
  stage: z.enum(OPPORTUNITY_STAGES),
  trigger: z.enum(EXPANSION_TRIGGERS).nullable(),
  /** Framed as a solution: the client's problem, the expected impact and a pilot. */
  problem: text(2_000),
  expectedImpact: text(2_000),
  pilot: text(2_000),
  createdAt: isoDate,
  passedToSalesAt: isoDate.nullable(),
  closedAt: isoDate.nullable(),
  csmIsLeadSource: z.boolean(),
  ...externalFields,
});
export type Opportunity = z.infer<typeof opportunitySchema>;

export const referralSchema = z.strictObject({
  ...scopedFields,
  /** The referred company. */
  referredName: nonEmptyText(200),
  date: isoDate,
  /** The outcome so far. */
  status: z.enum(REFERRAL_STATUSES),
  note: text(2_000),
  /** The person to call at the referred company. Optional: older rows have none. */
  referredContact: text(300).optional(),
  /** The referral request this came from, when the CSM asked for it in Fieldbook. */
  requestId: id.nullable().optional(),
});
export type Referral = z.infer<typeof referralSchema>;

/**
 * One line of the plan a deck presented to the client, as it was presented: what the next review
 * checks against what happened ("What we said we'd do — and what happened").
 */
export const presentedPlanItemSchema = z.strictObject({
  /** What the line came from: an open POWER goal, a task marked for the client, or a scheduled touchpoint. */
  source: z.enum(['goal', 'task', 'meeting']),
  sourceId: id,
  objective: nonEmptyText(500),
  owner: text(200),
  date: isoDate,
});
export type PresentedPlanItem = z.infer<typeof presentedPlanItemSchema>;

export const deckRecordSchema = z.strictObject({
  ...scopedFields,
  kind: z.enum(['qbr', 'value_report', 'case_study']),
  /** `2026-Q3` for a QBR, `2026-09` for a value report, `2026` for a case study (the year so far). */
  period: z
    .string()
    .regex(/^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?$/, { message: 'is not a period (2026-Q3, 2026-09 or 2026)' }),
  /** The case study a case-study deck told. Optional: only case-study decks have one. */
  caseStudyId: id.optional(),
  generatedAt: isoDateTime,
  fileName: nonEmptyText(300),
  slideCount: z.number().int().min(0).max(500),
  sizeBytes: z.number().int().min(0),
  /** Fingerprint of the data the deck was built from, so a CSM can tell a stale deck. */
  dataHash: text(100),
  /** The CSM's own words per slide key, carried into the next deck for this account and period. */
  commentary: z.record(z.string().max(60), text(5_000)),
  /** Optional slides the CSM left out. */
  omittedSlides: z.array(z.string().max(60)).max(50),
  /** Slides with nothing to say (left out by default) that the CSM put in. Optional: older records have none. */
  includedSlides: z.array(z.string().max(60)).max(50).optional(),
  /** The next-period plan the deck presented (empty when it showed none). Optional: older records have none. */
  plan: z.array(presentedPlanItemSchema).max(100).optional(),
  /** The renewal options the CSM picked (`renew`, `grow-<opportunity id>`), when the deck had a renewal proposal. */
  renewalOptions: z.array(z.string().max(80)).max(10).optional(),
});
export type DeckRecord = z.infer<typeof deckRecordSchema>;
