import { usePendingCount } from '../features/session/queries';
import { useOnline } from './useOnline';

/** Online or offline, and how many local changes wait to sync. */
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
      <p className="pending" data-testid="pending-count">
        {count === 0 ? 'All changes saved locally' : `${count} change${count === 1 ? '' : 's'} pending`}
      </p>
    </div>
  );
}
