import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ConnectError } from '../../session/connect-team-server';
import { lastTeamServerUrl } from '../../session/team-connections';
import { useTeamSession } from '../../session/team-session';
import './sync.css';

const isConnectError = (error: unknown) => error instanceof ConnectError;

/**
 * Server address and token, pasted from what the admin sent (`npm run admin -- create-user`
 * prints the token). "Connect" checks both before anything changes on this laptop.
 */
export function ConnectForm({ serverUrl, submitLabel = 'Connect' }: { serverUrl?: string; submitLabel?: string }) {
  const { connect } = useTeamSession();
  const id = useId();
  const [url, setUrl] = useState(serverUrl ?? lastTeamServerUrl() ?? '');
  const [token, setToken] = useState('');
  const signIn = useMutation({
    networkMode: 'always',
    mutationFn: () => connect(url, token),
    meta: { action: 'connecting to the team server', handlesOwnError: isConnectError },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const problem = signIn.error instanceof ConnectError ? signIn.error.message : null;

  return (
    <form className="team-server__form" onSubmit={onSubmit} aria-busy={signIn.isPending}>
      <label className="field field--wide">
        <span>Server address</span>
        <input
          name="serverUrl"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://sync.youragency.com"
          autoComplete="url"
          spellCheck={false}
          required
        />
      </label>
      <label className="field field--wide">
        <span>Token</span>
        <input
          name="token"
          type="password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="Paste the token your admin sent you"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          required
        />
      </label>
      <p id={`${id}-hint`} className="hint">
        Your admin creates it with <code>npm run admin -- create-user</code>. Fieldbook checks the address and the token
        before it changes anything.
      </p>
      {problem && (
        <p className="team-server__error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Connecting…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
