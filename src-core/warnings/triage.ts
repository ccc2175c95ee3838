import type { WarningKind } from './warning';

export type WarningSeverity = 'critical' | 'serious' | 'minor';

/** How serious each warning is: losing the client outranks a late onboarding step. */
export const WARNING_SEVERITY: Record<WarningKind, WarningSeverity> = {
  cancellation_threat: 'critical',
  band_dropped: 'critical',
  competitor_interest: 'critical',
  payment_late: 'serious',
  renewal_without_plan: 'serious',
  kpi_flat_or_declining: 'serious',
  no_two_way_touch: 'serious',
  skipped_meeting: 'serious',
  ticket_unanswered: 'serious',
  onboarding_step_late: 'minor',
};

export const SEVERITY_RANK: Record<WarningSeverity, number> = { critical: 0, serious: 1, minor: 2 };

/** Share of the monthly value a severity puts at risk, for ranking (a threat to cancel puts all of it). */
const SEVERITY_WEIGHT: Record<WarningSeverity, number> = { critical: 1, serious: 0.6, minor: 0.3 };

export interface TriageInput {
  monthlyValueCents: number;
  /** Days to the next renewal, or null without an active contract. */
  renewalInDays: number | null;
  kinds: readonly WarningKind[];
}

/** The most serious of an account's warnings. */
export function worstSeverity(kinds: readonly WarningKind[]): WarningSeverity {
  return kinds.map((k) => WARNING_SEVERITY[k]).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0] ?? 'minor';
}

/**
 * An account's place in the triage, in cents a month: its monthly value at risk, weighted by its
 * worst warning's severity and by how soon it renews — inside the renewal window the weight
 * grows from 1 (at the window's edge) to 2 (renewing today), so $5,000 renewing in 10 days
 * outranks $8,000 renewing next year. Higher is more urgent.
 */
export function triagePriority(input: TriageInput, windowDays: number): number {
  const days = input.renewalInDays;
  const soon = days !== null && days >= 0 && days <= windowDays && windowDays > 0 ? 2 - days / windowDays : 1;
  return input.monthlyValueCents * SEVERITY_WEIGHT[worstSeverity(input.kinds)] * soon;
}
