import { describe, expect, it } from 'vitest';
import { triagePriority, WARNING_KINDS, WARNING_SEVERITY, worstSeverity } from '../../../src-core/warnings';

describe('warnings triage priority', () => {
  it('gives every warning kind a severity; an account counts its worst', () => {
    expect(WARNING_KINDS.every((k) => WARNING_SEVERITY[k] !== undefined)).toBe(true);
    expect(worstSeverity(['onboarding_step_late', 'payment_late'])).toBe('serious');
    expect(worstSeverity(['payment_late', 'cancellation_threat'])).toBe('critical');
    expect(worstSeverity(['onboarding_step_late'])).toBe('minor');
  });

  it('weighs the value at risk by severity and by a renewal inside the window', () => {
    // $5,000 critical renewing in 10 of 90 days: 500,000 × 1 × (2 − 10/90) = 944,444.4…
    const soon = triagePriority({ monthlyValueCents: 500_000, renewalInDays: 10, kinds: ['cancellation_threat'] }, 90);
    expect(soon).toBeCloseTo(500_000 * (2 - 10 / 90), 6);
    // $8,000 critical renewing next year: 800,000 × 1 × 1 — below the sooner, smaller account.
    const later = triagePriority({ monthlyValueCents: 800_000, renewalInDays: 365, kinds: ['band_dropped'] }, 90);
    expect(later).toBe(800_000);
    expect(soon).toBeGreaterThan(later);
    // A minor warning on the same $8,000: 800,000 × 0.3.
    expect(
      triagePriority({ monthlyValueCents: 800_000, renewalInDays: null, kinds: ['onboarding_step_late'] }, 90),
    ).toBe(240_000);
  });
});
