import type { Me } from '../../src-core/sync/protocol';
import { fieldbookDbName, openFieldbookDb, serverUserKey, type FieldbookDb } from '../store/db';
import { setMeta } from '../store/meta';
import type { StoreClock } from '../store/types';
import { createSyncApi, fetchTransport, type SyncApi, type Transport } from './api';
import { SyncEngine, type SyncEngineOptions } from './sync-engine';

export interface ServerSession {
  me: Me;
  /** Names this user's database; keep it to reopen the same book next time. */
  userKey: string;
  db: FieldbookDb;
  api: SyncApi;
  engine: SyncEngine;
}

export interface ServerSessionOptions {
  serverUrl: string;
  token: string;
  clock: StoreClock;
  transport?: Transport;
  engine?: Omit<SyncEngineOptions, 'db' | 'api' | 'clock'>;
}

/**
 * Signs in to a team server: asks who the token belongs to, then opens that user's own
 * database (RELIABILITY 7: a second user never sees or pushes the first one's outbox).
 * Throws a `SyncError` ('sign_in' for a wrong or revoked token, 'offline' when unreachable).
 * Call `engine.start()` to begin syncing.
 */
export async function openServerSession(options: ServerSessionOptions): Promise<ServerSession> {
  const api = createSyncApi({
    serverUrl: options.serverUrl,
    token: options.token,
    transport: options.transport ?? fetchTransport(),
  });
  const me = await api.me();
  const userKey = serverUserKey(options.serverUrl, me.id);
  const db = openFieldbookDb(fieldbookDbName(userKey));
  await setMeta(db, 'userKey', userKey);
  const engine = new SyncEngine({ ...options.engine, db, api, clock: options.clock });
  return { me, userKey, db, api, engine };
}
