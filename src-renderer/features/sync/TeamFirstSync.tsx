import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useBookSession } from '../../app/book-session';
import { useTeamSession } from '../../session/team-session';
import { useSyncStatus } from '../../sync';
import { ConnectForm } from './ConnectForm';
import './sync.css';

/**
 * A team server book before its first complete sync: a progress bar with the accounts and
 * items received so far, then the book (the app shows it once the sync marks it complete).
 * Anything else with no book yet shows `fallback`, the welcome screen.
 */
export function TeamFirstSync({ fallback }: { fallback: ReactNode }) {
  const { state, signOut } = useTeamSession();
  const { session } = useBookSession();
  const engine = state.kind === 'signed-in' ? state.engine : null;
  const status = useSyncStatus(engine);
  const pages = status.progress?.pages ?? 0;
  const accounts = useQuery({
    queryKey: ['sync', 'first-sync-accounts', session?.userKey, pages],
    queryFn: () => session!.db.accounts.count(),
    enabled: !!session && state.kind !== 'none',
    placeholderData: keepPreviousData,
  });
  if (state.kind === 'none') return <>{fallback}</>;

  const rows = status.progress?.rows ?? 0;
  const stopped = status.phase === 'offline' || status.phase === 'error';
  return (
    <main className="first-sync">
      <div className="first-sync__card" aria-busy={!stopped}>
        <h1>Downloading your book</h1>
        <p className="muted">
          From {state.serverUrl}, for {state.me.name}. It is kept on this laptop so Fieldbook works offline.
        </p>
        {state.kind === 'signed-out' ? (
          <ConnectForm serverUrl={state.serverUrl} submitLabel="Sign in" />
        ) : (
          <>
            <progress
              className="first-sync__bar"
              aria-label="Download progress"
              aria-valuetext={`${accounts.data ?? 0} accounts, ${rows} items received`}
            />
            <p className="first-sync__counts" role="status" data-testid="first-sync-progress">
              <span>
                <strong>{(accounts.data ?? 0).toLocaleString('en-US')}</strong> accounts
              </span>
              <span>
                <strong>{rows.toLocaleString('en-US')}</strong> items received
              </span>
            </p>
            {status.retrying && (
              <p className="hint">
                {status.error?.message} Trying again in {Math.ceil(status.retrying.inMs / 1000)} s.
              </p>
            )}
            {stopped && (
              <>
                <p className="team-server__error" role="alert">
                  {status.error?.message ?? 'The download stopped.'} What arrived so far is kept; the download resumes
                  from there.
                </p>
                <div className="form-actions form-actions--start">
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void engine?.syncNow().catch(console.error)}
                  >
                    Try again
                  </button>
                  <button type="button" className="button" onClick={() => void signOut()}>
                    Sign out
                  </button>
                </div>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
