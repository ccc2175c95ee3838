import { z } from 'zod';
import { id, isoDate, isoDateTime, text } from '../model';

export const WARNING_KINDS = [
  'band_dropped',
  'no_two_way_touch',
  'skipped_meeting',
  'kpi_flat_or_declining',
  'payment_late',
  'competitor_interest',
  'cancellation_threat',
  'renewal_without_plan',
  'ticket_unanswered',
  'onboarding_step_late',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_LABELS: Record<WarningKind, string> = {
  band_dropped: 'Health dropped a band',
  no_two_way_touch: 'No two-way touch',
  skipped_meeting: 'Skipped meeting',
  kpi_flat_or_declining: 'KPIs flat or declining',
  payment_late: 'Payment late',
  competitor_interest: 'Competitor interest',
  cancellation_threat: 'Cancellation threat',
  renewal_without_plan: 'Renewal without a plan',
  ticket_unanswered: 'Ticket without first response',
  onboarding_step_late: 'Onboarding step late',
};

/** A warning as the detector sees it today, before it meets the inbox. */
export interface DetectedWarning {
  accountId: string;
  kind: WarningKind;
  /**
   * Names the cause, not the day it was seen: `account:kind` for account-wide causes,
   * `account:kind:rowId` for one invoice, ticket, contract or onboarding step. The inbox holds
   * at most one warning per cause.
   */
  causeKey: string;
  /** What makes this evidence new: a later skipped meeting, a new drop, another month flat. */
  evidenceKey: string;
  /** The evidence in words and numbers. */
  evidence: string;
  /** When the cause arose (the skipped meeting's day, the due date passed…). */
  date: string;
}

/**
 * A warning in the CSM's inbox. Warnings are derived, local state: they are recomputed from the
 * book and reconciled with what the CSM did with them (snoozed, resolved).
 */
export const earlyWarningSchema = z.strictObject({
  id,
  accountId: id,
  kind: z.enum(WARNING_KINDS),
  causeKey: text(300),
  evidenceKey: text(300),
  evidence: text(2_000),
  date: isoDate,
  status: z.enum(['open', 'snoozed', 'resolved']),
  raisedAt: isoDateTime,
  snoozedUntil: isoDate.nullable(),
  resolvedAt: isoDateTime.nullable(),
  /** `csm` when the CSM resolved it, `cleared` when its cause went away. */
  resolution: z.enum(['csm', 'cleared']).nullable(),
});
export type EarlyWarning = z.infer<typeof earlyWarningSchema>;
