import type { HealthBand, HealthOverride } from '../model';

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
