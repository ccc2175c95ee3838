import { useState } from 'react';
import { addDays } from '../../../src-core/time';
import { useResolveWarning, useSnoozeWarning } from './mutations';
import { snoozeUntil } from './warnings-view';

/** Snooze for a day, a week or until a chosen date; or resolve (it reopens only on new evidence). */
export function SnoozeControls({ warningId, today }: { warningId: string; today: string }) {
  const snooze = useSnoozeWarning();
  const resolve = useResolveWarning();
  const [custom, setCustom] = useState(false);
  const [date, setDate] = useState(addDays(today, 14));
  const busy = snooze.isPending || resolve.isPending;
  const go = (until: string | null) => until && snooze.mutate({ id: warningId, until });
  return (
    <div className="warning__actions" role="group" aria-label="Snooze or resolve">
      <span className="warning__actions-label">Snooze</span>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => go(snoozeUntil('1d', today, null))}
      >
        1 day
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => go(snoozeUntil('1w', today, null))}
      >
        1 week
      </button>
      {custom ? (
        <span className="warning__custom">
          <input
            type="date"
            aria-label="Snooze until"
            value={date}
            min={addDays(today, 1)}
            onChange={(e) => setDate(e.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            disabled={busy || !snoozeUntil('custom', today, date)}
            onClick={() => go(snoozeUntil('custom', today, date))}
          >
            Snooze
          </button>
        </span>
      ) : (
        <button type="button" className="button button--small" disabled={busy} onClick={() => setCustom(true)}>
          Until…
        </button>
      )}
      <button
        type="button"
        className="button button--small warning__resolve"
        disabled={busy}
        onClick={() => resolve.mutate(warningId)}
      >
        Resolve
      </button>
    </div>
  );
}
