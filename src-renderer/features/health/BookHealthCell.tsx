import { HealthBadge } from './HealthBadge';
import { useHealthByAccount } from './useHealthByAccount';

/** The Book's health column: the badge once the book worker has scored the account. */
export function BookHealthCell({ accountId }: { accountId: string }) {
  const health = useHealthByAccount().get(accountId);
  return health ? (
    <span data-figure="health" data-value={`${health.band} ${health.score}`}>
      <HealthBadge health={health} compact />
    </span>
  ) : (
    <span className="muted">…</span>
  );
}
