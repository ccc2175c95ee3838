import { addDays } from '../../../src-core/time';
import { useResolveWarnings, useSnoozeWarnings } from './mutations';

/** "Snooze all for a week" and "Resolve all" for a set of warnings (one account, or the filtered list). */
export function BulkActions({ ids, today, what }: { ids: string[]; today: string; what: string }) {
  const snooze = useSnoozeWarnings();
  const resolve = useResolveWarnings();
  const busy = snooze.isPending || resolve.isPending;
  if (ids.length === 0) return null;
  return (
    <span className="bulk-actions" role="group" aria-label={`All ${ids.length} warnings ${what}`}>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => snooze.mutate({ ids, until: addDays(today, 7) })}
      >
        Snooze {ids.length} for a week
      </button>
      <button type="button" className="button button--small" disabled={busy} onClick={() => resolve.mutate(ids)}>
        Resolve {ids.length}
      </button>
    </span>
  );
}
