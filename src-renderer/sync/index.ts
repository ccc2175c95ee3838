/** The sync client's public surface. */
export { createSyncApi, fetchTransport, type SyncApi, type Transport, type TransportResponse } from './api';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
export { createCouldntSyncList, COULDNT_SYNC_FORMAT, type CouldntSyncList } from './couldnt-sync';
export { SyncError, type SyncErrorKind } from './errors';
export { applyPulledPage, type PageResult } from './apply-page';
export { pullAll, type PullProgress, type PullSummary } from './pull';
export { pushOutbox, type PushSummary } from './push';
export { DEFAULT_SYNC_INTERVAL_MS, ensureClientId, SyncEngine, type SyncEngineOptions } from './sync-engine';
export { describeSyncStatus, INITIAL_SYNC_STATUS, type SyncPhase, type SyncStatus } from './sync-status';
export { openServerSession, type ServerSession, type ServerSessionOptions } from './server-session';
export { useSyncStatus } from './useSyncStatus';
