import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useOnline } from '../../app/useOnline';
import { usePlatform } from '../../platform';
import { useTeamSession, type TeamSessionState } from '../../session/team-session';
import { useSyncStatus } from '../../sync';
import { useNow } from '../shared/clock';
import { ConnectForm } from './ConnectForm';
import { changes, syncedAgo, syncStatusLine } from './sync-status-line';
import './sync.css';

/** Settings → Team server: connect, see who is signed in and how sync is doing, sign out. */
export function TeamServerSection() {
  const { state } = useTeamSession();
  return (
    <section className="card settings-section" aria-labelledby="team-server-title">
      <h2 className="card__title" id="team-server-title">
        Team server
      </h2>
      {state.kind === 'none' ? <NotConnected /> : <Connected state={state} />}
    </section>
  );
}

function NotConnected() {
  return (
    <>
      <p className="muted">
        Connect to your agency’s team server to get your own book and keep it in sync. The book open now stays on this
        laptop, apart from your team book.
      </p>
      <ConnectForm />
    </>
  );
}

function Connected({ state }: { state: Exclude<TeamSessionState, { kind: 'none' }> }) {
  const engine = state.kind === 'signed-in' ? state.engine : null;
  const status = useSyncStatus(engine);
  const online = useOnline();
  const now = Date.parse(useNow());
  const line = syncStatusLine(status, { online, signedIn: engine !== null, now });
  const needsSignIn = !engine || status.error?.kind === 'sign_in';
  return (
    <>
      <dl className="facts">
        <dt>Server</dt>
        <dd className="mono">{state.serverUrl}</dd>
        <dt>Signed in as</dt>
        <dd>
          {state.me.name} ({state.me.email}) · {state.me.role}
        </dd>
        <dt>Sync</dt>
        <dd>
          <span className={`team-server__tone team-server__tone--${line.tone}`}>{line.text}</span>
        </dd>
        <dt>Last synced</dt>
        <dd>{status.lastSyncedAt ? syncedAgo(status.lastSyncedAt, now) : '—'}</dd>
        <dt>Couldn’t sync</dt>
        <dd>{status.couldntSync > 0 ? <a href="#/sync">{changes(status.couldntSync)} — review</a> : 'None'}</dd>
      </dl>
      {state.kind === 'signed-in' && !needsSignIn && <TokenKept persistence={state.persistence} />}
      {needsSignIn ? (
        <>
          <p className="team-server__error" role="alert">
            {status.error?.kind === 'sign_in'
              ? 'Your sign-in has expired or was revoked. Paste a new token to keep syncing; your changes are kept on this laptop.'
              : 'You are signed out on this laptop. Paste your token to sync; your changes are kept until then.'}
          </p>
          <ConnectForm serverUrl={state.serverUrl} submitLabel="Sign in" />
        </>
      ) : (
        <div className="settings-actions">
          <button
            type="button"
            className="button"
            onClick={() => void engine?.syncNow().catch((e: unknown) => console.error('[fieldbook] sync failed', e))}
            disabled={status.phase === 'syncing' || !online}
          >
            Sync now
          </button>
          {line.detail && <span className="hint">{line.detail}</span>}
        </div>
      )}
      <SignOut pending={status.pending} email={state.me.email} />
    </>
  );
}

function TokenKept({ persistence }: { persistence: 'secure' | 'session' }) {
  const platform = usePlatform();
  const reason = useQuery({
    queryKey: ['platform', 'token-status'],
    queryFn: async () => (await platform.tokens.status?.())?.reason ?? null,
  });
  if (persistence === 'secure') return <p className="hint">Your sign-in is kept in this computer’s secure storage.</p>;
  return (
    <p className="team-server__note">
      Your sign-in is kept for this session only. {reason.data ?? ''} You will paste your token again next time; your
      book and changes stay on this laptop.
    </p>
  );
}

function SignOut({ pending, email }: { pending: number; email: string }) {
  const { signOut } = useTeamSession();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Sign out…
        </button>
      </div>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="sign-out-title">
      <p id="sign-out-title" className="strong">
        Sign out of the team server?
      </p>
      <p>
        Your book{pending > 0 ? ` and ${changes(pending)} not yet synced` : ''} stay on this laptop, kept apart from
        anyone else who signs in here. {pending > 0 ? `They sync when you sign in again as ${email}.` : ''}
      </p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Stay signed in
        </button>
        <button type="button" className="button button--primary" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </div>
  );
}
