import type { HealthSummary } from '../../workers/book-insights';
import { HealthBadge } from './HealthBadge';

/** The Book's health column: the badge once the account is scored (by the worker, or stored from an earlier run). */
export function BookHealthCell({ health }: { health: HealthSummary | undefined }) {
  return health ? (
    <span data-figure="health" data-value={`${health.band} ${health.score}`}>
      <HealthBadge health={health} compact />
    </span>
  ) : (
    <span className="muted">…</span>
  );
}
