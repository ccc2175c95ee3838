import type { ReactNode } from 'react';
import { useOnline } from '../../app/useOnline';
import { useTeamSession } from '../../session/team-session';
import { useSyncStatus } from '../../sync';
import { useNow } from '../shared/clock';
import { changes, syncStatusLine } from './sync-status-line';
import './sync.css';

/**
 * The status bar's sync block for a team server book: always visible, one line in plain words,
 * "Sync now", and a way to the changes that couldn't sync. A demo or file book shows `fallback`.
 */
export function TeamSyncStatus({ fallback }: { fallback: ReactNode }) {
  const { state } = useTeamSession();
  const engine = state.kind === 'signed-in' ? state.engine : null;
  const status = useSyncStatus(engine);
  const online = useOnline();
  const now = Date.parse(useNow());
  if (state.kind === 'none') return <>{fallback}</>;

  const line = syncStatusLine(status, { online, signedIn: engine !== null, now });
  const needsSignIn = !engine || status.error?.kind === 'sign_in';
  return (
    <div className="sync-status team-sync" role="status" aria-live="polite" data-testid="sync-status">
      <p className={`team-sync__line team-sync__line--${line.tone}`}>
        <span className="team-sync__dot" aria-hidden="true" />
        <span data-testid="sync-status-text">{line.text}</span>
      </p>
      {line.detail && <p className="team-sync__detail">{line.detail}</p>}
      <div className="team-sync__actions">
        {needsSignIn ? (
          <a className="button button--small" href="#/settings">
            Sign in…
          </a>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => void engine.syncNow().catch((e: unknown) => console.error('[fieldbook] sync failed', e))}
            disabled={status.phase === 'syncing' || !online}
          >
            Sync now
          </button>
        )}
        {status.couldntSync > 0 && (
          <a className="team-sync__link" href="#/sync">
            {changes(status.couldntSync)} couldn’t sync — review
          </a>
        )}
      </div>
    </div>
  );
}
