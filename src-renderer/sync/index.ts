/** The sync client's public surface. */
export { createSyncApi, fetchTransport, type SyncApi, type Transport, type TransportResponse } from './api';
export { createCouldntSyncList, COULDNT_SYNC_FORMAT, type CouldntSyncList } from './couldnt-sync';
export { SyncError } from './errors';
export { applyPulledPage } from './apply-page';
export { pullAll } from './pull';
export { pushOutbox } from './push';
export { SyncEngine, type SyncEngineOptions } from './sync-engine';
export { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';
export { openServerSession, type ServerSession } from './server-session';
export { useSyncStatus } from './useSyncStatus';
