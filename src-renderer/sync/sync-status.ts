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
  /**
   * How many settings layers this engine's syncs have changed on this laptop so far: the screens
   * re-read the settings as soon as it grows (session/watch-sync.ts), before the rows are pulled.
   */
  settingsChanged: number;
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
  settingsChanged: 0,
  retrying: null,
  error: null,
};
