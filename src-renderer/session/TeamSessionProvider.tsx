import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBookSession } from '../app/book-session';
import { BROWSER_CLOCK } from '../app/browser-clock';
import { readPreference, writePreference } from '../app/preferences';
import { showToast } from '../app/toasts';
import { usePlatform, type Platform, type TokenPersistence } from '../platform';
import { offerCarryOver } from '../store/settings-carry-over';
import { createSyncApi, fetchTransport, SyncEngine } from '../sync';
import { normaliseServerUrl, openUserDb, verifySignIn } from './connect-team-server';
import { APP_SYNC_OPTIONS } from './sync-options';
import { rememberTeamConnection, teamConnectionFor, type TeamConnection } from './team-connections';
import { TeamSessionContext, type TeamSessionState, type TeamSessionValue } from './team-session';
import { refreshScreensAfterSync, syncAfterLocalWrites } from './watch-sync';

/** Electron: the sign-in to finish after the reload that lets the CSP reach a new server. */
const PENDING_SIGN_IN = 'fieldbook.pendingSignIn';

const logSync = (event: string, detail: Record<string, unknown>) => console.info(`[fieldbook] ${event}`, detail);
const logFailure = (error: unknown) => console.error('[fieldbook] sync failed', error);

async function persistenceOf(platform: Platform): Promise<TokenPersistence> {
  return (await platform.tokens.status?.().catch(() => null))?.persistence ?? 'secure';
}

/**
 * Runs sync for the open book when it is a team server's: starts an engine on the book's own
 * database with the token from the platform's store, and stops it when the book changes.
 */
export function TeamSessionProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const queryClient = useQueryClient();
  const { session, activate, deactivate } = useBookSession();
  const [state, setState] = useState<TeamSessionState>({ kind: 'none' });
  // The token just verified by connect(), so the engine does not wait on the store to read it back.
  const justSignedIn = useRef<{ userKey: string; token: string; persistence: TokenPersistence } | null>(null);

  useEffect(() => {
    const connection = session ? teamConnectionFor(session.userKey) : null;
    if (!session || !connection) return setState({ kind: 'none' });
    let cancelled = false;
    let stop: () => void = () => {};
    void (async () => {
      const fresh = justSignedIn.current?.userKey === session.userKey ? justSignedIn.current : null;
      const token = fresh?.token ?? (await platform.tokens.get(connection.serverUrl).catch(() => null));
      const persistence = fresh?.persistence ?? (await persistenceOf(platform));
      if (cancelled) return;
      const who = { serverUrl: connection.serverUrl, me: connection.me, userKey: session.userKey };
      if (!token) return setState({ kind: 'signed-out', ...who });
      const api = createSyncApi({ serverUrl: connection.serverUrl, token, transport: fetchTransport() });
      const engine = new SyncEngine({ ...APP_SYNC_OPTIONS, db: session.db, api, clock: BROWSER_CLOCK, log: logSync });
      const unwatch = [syncAfterLocalWrites(queryClient, engine), refreshScreensAfterSync(queryClient, engine)];
      stop = () => {
        engine.stop();
        for (const u of unwatch) u();
      };
      setState({ kind: 'signed-in', ...who, engine, persistence });
      engine.start().catch(logFailure);
    })();
    return () => {
      cancelled = true;
      stop();
    };
  }, [session, platform, queryClient]);

  const value = useMemo<TeamSessionValue>(() => {
    async function connect(rawUrl: string, rawToken: string): Promise<void> {
      const serverUrl = normaliseServerUrl(rawUrl);
      // Electron's CSP only lets the app reach the configured server; a new one needs a reload first.
      if ((await platform.configureTeamServer?.(serverUrl))?.reloadRequired) {
        await platform.tokens.set(serverUrl, rawToken.trim());
        window.localStorage.setItem(PENDING_SIGN_IN, serverUrl);
        window.location.reload();
        return new Promise<void>(() => undefined);
      }
      const verified = await verifySignIn(serverUrl, rawToken);
      const persistence = await platform.tokens.set(verified.serverUrl, verified.token);
      const connection: TeamConnection = { serverUrl: verified.serverUrl, me: verified.me };
      rememberTeamConnection(verified.userKey, connection);
      const db = await openUserDb(verified.userKey, session);
      // Settings tuned in the demo or an imported book come along; the first sync settles them.
      await offerCarryOver(session?.db ?? null, db).catch(logFailure);
      // Notes carry their author: a different person signing in writes under their own name.
      if (!readPreference('authorName') || session?.userKey !== verified.userKey)
        writePreference('authorName', verified.me.name);
      justSignedIn.current = { userKey: verified.userKey, token: verified.token, persistence };
      // The open book's engine stops before its database may close; the new book's starts after.
      if (state.kind === 'signed-in') state.engine.stop();
      activate(verified.userKey, db);
    }

    async function signOut(): Promise<void> {
      if (state.kind === 'none') return;
      if (state.kind === 'signed-in') state.engine.stop();
      justSignedIn.current = null;
      await platform.tokens.clear(state.serverUrl).catch(logFailure);
      deactivate();
    }

    return { state, connect, signOut };
  }, [state, session, platform, activate, deactivate]);

  usePendingSignIn(value.connect);
  return <TeamSessionContext.Provider value={value}>{children}</TeamSessionContext.Provider>;
}

/** Finishes an Electron sign-in interrupted by its CSP reload, once, with the token kept before it. */
function usePendingSignIn(connect: TeamSessionValue['connect']): void {
  const platform = usePlatform();
  const started = useRef(false);
  useEffect(() => {
    const serverUrl = window.localStorage.getItem(PENDING_SIGN_IN);
    if (!serverUrl || started.current) return;
    started.current = true;
    window.localStorage.removeItem(PENDING_SIGN_IN);
    void (async () => {
      const token = await platform.tokens.get(serverUrl);
      if (token) await connect(serverUrl, token);
    })().catch((error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)));
  }, [connect, platform]);
}
