import type { ReactNode } from 'react';
import { useTeamSession } from '../../session/team-session';
import { ConnectForm } from './ConnectForm';
import { FirstSyncBanner } from './FirstSyncBanner';
import './sync.css';

interface Props {
  /** Anything but a team server book with no complete sync yet: the welcome screen. */
  fallback: ReactNode;
  /** The app restricted to the Book of the accounts that have arrived, under this banner. */
  book(banner: ReactNode): ReactNode;
}

/**
 * A team server book before its first complete sync: the Book of the accounts that have arrived
 * so far, each with its health, under a progress banner (`book`); the whole app once the sync
 * marks the book complete. Signed out mid-way (a revoked token), the sign-in form.
 */
export function TeamFirstSync({ fallback, book }: Props) {
  const { state, signOut } = useTeamSession();
  if (state.kind === 'none') return <>{fallback}</>;
  if (state.kind === 'signed-in')
    return book(
      <FirstSyncBanner
        engine={state.engine}
        serverUrl={state.serverUrl}
        userName={state.me.name}
        onSignOut={() => void signOut()}
      />,
    );
  return (
    <main className="first-sync">
      <div className="first-sync__card">
        <h1>Downloading your book</h1>
        <p className="muted">
          From {state.serverUrl}, for {state.me.name}. It is kept on this laptop so Fieldbook works offline.
        </p>
        <ConnectForm serverUrl={state.serverUrl} submitLabel="Sign in" />
      </div>
    </main>
  );
}
