import type { SyncErrorKind } from './errors';
import type { PullProgress } from './pull';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error';

/** What the status bar shows: every number a CSM needs to trust that nothing is lost. */
export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt: string | null;
  /** Local edits waiting in the outbox. */
  pending: number;
  /** Edits the server refused, kept in the couldn't-sync list. */
  couldntSync: number;
  /** Pages and rows pulled so far in this run (a first sync shows it as a progress bar). */
  progress: PullProgress | null;
  /** Set while waiting to retry after a transient failure. */
  retrying: { attempt: number; inMs: number } | null;
  error: { kind: SyncErrorKind | 'store'; message: string } | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'idle',
  lastSyncedAt: null,
  pending: 0,
  couldntSync: 0,
  progress: null,
  retrying: null,
  error: null,
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** One line for the status bar, in plain words. */
export function describeSyncStatus(status: SyncStatus): string {
  const waiting = plural(status.pending, 'change', 'changes');
  switch (status.phase) {
    case 'syncing':
      if (status.retrying) return `${waiting} pending, retrying in ${Math.ceil(status.retrying.inMs / 1000)} s`;
      if (status.progress?.firstSync) return `Downloading your book… ${plural(status.progress.rows, 'item', 'items')}`;
      return 'Syncing…';
    case 'offline':
      return status.pending > 0 ? `Offline — ${waiting} will sync when you're back online` : 'Offline';
    case 'error':
      return status.error?.message ?? 'Sync stopped.';
    case 'idle':
      if (status.pending > 0) return `${waiting} waiting to sync`;
      if (status.couldntSync > 0)
        return `All other changes synced; ${plural(status.couldntSync, 'change', 'changes')} couldn't sync`;
      return status.lastSyncedAt ? 'All changes synced' : 'Not synced yet';
  }
}
