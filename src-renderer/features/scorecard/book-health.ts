import type { HealthSummary } from '../../workers/book-insights';

export interface BookHealthSummary {
  accounts: number;
  average: number | null;
  aboveTarget: number;
  shareAboveTarget: number | null;
  green: number;
  yellow: number;
  red: number;
}

/** Counts by band as shown (overrides count as the CSM set them); scores are the computed ones. */
export function bookHealthSummary(health: readonly HealthSummary[], target: number): BookHealthSummary {
  const n = health.length;
  const count = (band: HealthSummary['band']) => health.filter((h) => h.band === band).length;
  const aboveTarget = health.filter((h) => h.score > target).length;
  return {
    accounts: n,
    average: n ? Math.round(health.reduce((t, h) => t + h.score, 0) / n) : null,
    aboveTarget,
    shareAboveTarget: n ? aboveTarget / n : null,
    green: count('green'),
    yellow: count('yellow'),
    red: count('red'),
  };
}
