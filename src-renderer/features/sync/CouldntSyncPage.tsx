import { useTeamSession } from '../../session/team-session';
import { RefusedSettingsList } from '../settings/RefusedSettingsList';
import { useEffectiveSettings } from '../settings/queries';
import { useCouldntSyncList, useExportRejected } from './couldnt-sync-queries';
import { RejectedChange } from './RejectedChange';
import './sync.css';

/** `#/sync`: every change the team server refused, kept until the CSM fixes, retries or discards it. */
export function CouldntSyncPage() {
  const list = useCouldntSyncList();
  const exportAll = useExportRejected();
  const items = list.data ?? [];
  const refusedSettings = useEffectiveSettings().data?.rejected.length ?? 0;
  const localOnly = useTeamSession().state.kind === 'none';
  // The title says what the page holds: "Couldn't sync" only above changes that couldn't.
  const refused = items.length > 0 || refusedSettings > 0;
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <div>
          <h1>{refused ? 'Couldn’t sync' : 'Sync'}</h1>
          <p className="page-header__sub">
            Changes the team server refused. Nothing here is lost: fix and retry, export, or discard each one. Other
            changes keep syncing.
          </p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => exportAll.mutate()}
          disabled={items.length === 0 || exportAll.isPending}
        >
          Export all…
        </button>
      </header>
      {list.isPending ? (
        <p className="loading">Loading…</p>
      ) : items.length === 0 && refusedSettings === 0 ? (
        <p className="empty card">
          {localOnly
            ? 'This book is local only: with no team server, every change stays on this laptop and none is refused.'
            : 'Every change synced. Nothing is waiting here.'}
        </p>
      ) : items.length === 0 ? null : (
        <ul className="couldnt-sync" aria-label="Changes that couldn’t sync">
          {items.map(({ entry, accountName }) => (
            <RejectedChange key={entry.mutationId} entry={entry} accountName={accountName} />
          ))}
        </ul>
      )}
      <RefusedSettingsList />
    </div>
  );
}
