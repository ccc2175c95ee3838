import type { HealthBand, HealthOverride } from '../model';
import { formatDay } from '../time';
import { BAND_LABELS } from './health-score';

/**
 * The override in force on `today`: not deleted, not expired (it holds through its expiry day),
 * the most recently created when several overlap. Recomputing the score never touches it.
 */
export function activeOverride(overrides: readonly HealthOverride[], today: string): HealthOverride | null {
  return (
    overrides
      .filter((o) => !o.deleted && o.expiresAt >= today)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0] ?? null
  );
}

export function effectiveBand(computed: HealthBand, override: HealthOverride | null): HealthBand {
  return override ? override.band : computed;
}

/**
 * An override as the CSM's screens and the team's report say it: the band it shows, until when,
 * who set it and why. Internal: a health reason, never on anything a client sees.
 */
export function overrideSentence(o: Pick<HealthOverride, 'band' | 'reason' | 'expiresAt' | 'createdBy'>): string {
  return `Overridden to ${BAND_LABELS[o.band]} until ${formatDay(o.expiresAt)} by ${o.createdBy || 'CSM'}: ${o.reason}`;
}
