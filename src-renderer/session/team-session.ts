import { createContext, useContext } from 'react';
import type { Me } from '../../src-core/sync/protocol';
import type { TokenPersistence } from '../platform/platform';
import type { SyncEngine } from '../sync';

/**
 * Whether the open book is a team server's, and if so whether this laptop can sync it now.
 * A demo or imported book is 'none'. A server book whose token is gone (a browser reload, a
 * sign-out elsewhere) is 'signed-out': it stays open and editable, its changes wait.
 */
export type TeamSessionState =
  | { kind: 'none' }
  | { kind: 'signed-in'; serverUrl: string; me: Me; userKey: string; engine: SyncEngine; persistence: TokenPersistence }
  | { kind: 'signed-out'; serverUrl: string; me: Me; userKey: string };

export interface TeamSessionValue {
  state: TeamSessionState;
  /**
   * Checks the server and the token, hands the token to the platform's store, and opens that
   * user's own book, which syncs from then on. Throws a `ConnectError` in the CSM's words.
   */
  connect(serverUrl: string, token: string): Promise<void>;
  /** Stops syncing and forgets the token; the user's local book and unsynced changes stay on this laptop. */
  signOut(): Promise<void>;
}

export const TeamSessionContext = createContext<TeamSessionValue | null>(null);

export function useTeamSession(): TeamSessionValue {
  const value = useContext(TeamSessionContext);
  if (!value) throw new Error('useTeamSession outside TeamSessionProvider');
  return value;
}

/** The running sync engine, or null when the open book is not a signed-in team server book. */
export function useSyncEngine(): SyncEngine | null {
  const { state } = useTeamSession();
  return state.kind === 'signed-in' ? state.engine : null;
}
