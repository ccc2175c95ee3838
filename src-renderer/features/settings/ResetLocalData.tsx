import { useState } from 'react';
import { usePendingCount } from '../session/queries';
import { useResetLocalData } from './mutations';

export function ResetLocalData() {
  const reset = useResetLocalData();
  const pending = usePendingCount();
  const [confirming, setConfirming] = useState(false);
  const count = pending.data ?? 0;
  if (!confirming) {
    return (
      <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
        Reset local data…
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="reset-title">
      <p id="reset-title" className="strong">
        Remove the book from this laptop?
      </p>
      <p>
        Every account, note and task stored here is deleted
        {count > 0 ? `, including ${count} change${count === 1 ? '' : 's'} that were never synced` : ''}. You can open
        the demo book or import a book file again afterwards.
      </p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={() => setConfirming(false)} disabled={reset.isPending}>
          Keep my data
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => reset.mutate()}
          disabled={reset.isPending}
        >
          {reset.isPending ? 'Removing…' : 'Remove local data'}
        </button>
      </div>
    </div>
  );
}
