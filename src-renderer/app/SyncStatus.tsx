import { usePendingCount } from '../features/session/queries';
import { useOnline } from './useOnline';

/**
 * The status of a book with no team server (demo, file): online or offline, and "Local only" —
 * its changes are saved on this laptop and have nowhere to sync, so no "N changes pending" that
 * never clears. The count stays on the element for tests and support (`data-pending`).
 */
export function SyncStatus() {
  const online = useOnline();
  const pending = usePendingCount();
  const count = pending.data ?? 0;
  return (
    <div className="sync-status" role="status" aria-live="polite">
      <p className={`connection connection--${online ? 'online' : 'offline'}`}>
        <span className="connection__dot" aria-hidden="true" />
        {online ? 'Online' : 'Offline — working locally'}
      </p>
      <p className="pending" data-testid="pending-count" data-pending={count}>
        Local only · every change saved on this laptop
      </p>
    </div>
  );
}
