import type { Me } from '../../src-core/sync/protocol';

/**
 * Which team server and user each server book on this laptop belongs to, by the user key that
 * names its database. Not secret (an address and a name); the token itself lives only in the
 * platform's token store. Kept so a reload reopens the book and Settings can offer the same
 * server when the CSM signs in again.
 */
export interface TeamConnection {
  serverUrl: string;
  me: Me;
}

const KEY = 'fieldbook.teamConnections';

function readAll(): Record<string, TeamConnection> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, TeamConnection>) : {};
  } catch {
    // Storage disabled or the entry damaged: the CSM signs in again, nothing else is lost.
    return {};
  }
}

export function teamConnectionFor(userKey: string): TeamConnection | null {
  const found = readAll()[userKey];
  return found && typeof found.serverUrl === 'string' && found.me && typeof found.me.id === 'string' ? found : null;
}

export function rememberTeamConnection(userKey: string, connection: TeamConnection): void {
  try {
    // Re-added last, so `lastTeamServerUrl` names the most recent sign-in.
    const { [userKey]: _previous, ...others } = readAll();
    window.localStorage.setItem(KEY, JSON.stringify({ ...others, [userKey]: connection }));
  } catch {
    // Without storage the book still opens this session; after a reload it asks to sign in.
  }
}

/** The server the CSM used last, to prefill the sign-in form. */
export function lastTeamServerUrl(): string | null {
  const all = Object.values(readAll());
  return all.length > 0 ? all[all.length - 1]!.serverUrl : null;
}
