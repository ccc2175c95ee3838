import type { FieldbookDb } from '../store/db';
import { getMeta, setMeta } from '../store/meta';
import { couldntSyncCount, pendingCount } from '../store/queries';
import type { StoreClock } from '../store/types';
import type { SyncApi } from './api';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff';
import { SyncError } from './errors';
import { pullAll } from './pull';
import { pushOutbox } from './push';
import { syncSettings } from './settings-sync';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';

export interface SyncEngineOptions {
  db: FieldbookDb;
  api: SyncApi;
  clock: StoreClock;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Tries per run before giving up until the next trigger. */
  maxAttempts?: number;
  intervalMs?: number;
  pushBatchSize?: number;
  pageLimit?: number;
  timers?: { setInterval(fn: () => void, ms: number): unknown; clearInterval(handle: unknown): void };
  /** Subscribes to "back online"; returns the unsubscribe. Defaults to the window's `online` event. */
  onOnline?: (listener: () => void) => () => void;
  log?: (event: string, detail: Record<string, unknown>) => void;
}

export const DEFAULT_SYNC_INTERVAL_MS = 5 * 60_000;

/**
 * Runs sync for one user's database: push the outbox, then pull until done. Triggered at start,
 * when the laptop comes back online, every few minutes and on "Sync now"; runs never overlap.
 */
export class SyncEngine {
  private current: SyncStatus = INITIAL_SYNC_STATUS;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<SyncStatus> | null = null;
  private queued: Promise<SyncStatus> | null = null;
  private stopTriggers: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: SyncEngineOptions) {}

  get status(): SyncStatus {
    return this.current;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Syncs now and from then on when back online and every `intervalMs`. */
  start(): Promise<SyncStatus> {
    this.stopped = false;
    const timers = this.options.timers ?? {
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (h) => clearInterval(h as number),
    };
    const handle = timers.setInterval(() => this.automatic(), this.options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
    const offOnline = (this.options.onOnline ?? windowOnline)(() => this.automatic());
    this.stopTriggers = () => {
      timers.clearInterval(handle);
      offOnline();
    };
    return this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    this.stopTriggers?.();
    this.stopTriggers = null;
  }

  /** Runs a sync that starts after this call (joining one already queued). */
  syncNow(): Promise<SyncStatus> {
    if (this.queued) return this.queued;
    if (this.running) {
      this.queued = this.running.then(() => {
        this.queued = null;
        return this.run();
      });
      return this.queued;
    }
    return this.run();
  }

  /** Re-reads the pending and couldn't-sync counts (call after local writes). */
  async refresh(): Promise<SyncStatus> {
    const { db } = this.options;
    const [pending, couldntSync, lastSyncedAt] = await Promise.all([
      pendingCount(db),
      couldntSyncCount(db),
      getMeta(db, 'lastSyncedAt'),
    ]);
    this.update({ pending, couldntSync, lastSyncedAt: lastSyncedAt ?? null });
    return this.current;
  }

  private automatic(): void {
    // After a revoked token only the CSM can help; retrying on a timer would only repeat it.
    if (this.stopped || this.current.error?.kind === 'sign_in') return;
    void this.syncNow();
  }

  private run(): Promise<SyncStatus> {
    this.running = this.runOnce()
      .then(() => this.refresh())
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    const { db, api, clock } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 6;
    this.update({ phase: 'syncing', error: null, retrying: null, progress: null });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.refresh();
        const clientId = await ensureClientId(db, clock);
        await pushOutbox(db, api, { clientId, now: () => clock.now(), batchSize: this.options.pushBatchSize });
        await this.refresh();
        // Settings before rows: a first sync shows each account's health as its pages land, which
        // must be by the team's health bands and targets, not the defaults until the end.
        const layers = await syncSettings(db, api, clientId, clock);
        if (layers > 0) this.update({ settingsChanged: this.current.settingsChanged + layers });
        const pulled = await pullAll(db, api, {
          pageLimit: this.options.pageLimit,
          onProgress: (progress) => this.update({ progress }),
        });
        if (pulled.unreadable.length > 0) this.options.log?.('sync.pull.unreadable', { rows: pulled.unreadable });
        const now = clock.now();
        await setMeta(db, 'lastSyncedAt', now);
        // Only a completed first sync makes this a book the app can open.
        if (!(await getMeta(db, 'bookSource'))) await setMeta(db, 'bookSource', 'server');
        this.update({ phase: 'idle', lastSyncedAt: now, progress: null, retrying: null, error: null });
        return;
      } catch (error) {
        if (!(await this.retryAfter(error, attempt, maxAttempts))) return;
      }
    }
  }

  /** Waits before the next attempt when the failure is transient; otherwise records why sync stopped. */
  private async retryAfter(error: unknown, attempt: number, maxAttempts: number): Promise<boolean> {
    const sync = error instanceof SyncError ? error : null;
    this.options.log?.('sync.failed', { attempt, kind: sync?.kind ?? 'store', detail: sync?.detail ?? String(error) });
    const reason = sync
      ? { kind: sync.kind, message: sync.message }
      : {
          kind: 'store' as const,
          message: `Fieldbook could not save what it synced: ${error instanceof Error ? error.message : String(error)}`,
        };
    if (sync?.transient && attempt < maxAttempts && !this.stopped) {
      const inMs = backoffDelay(attempt, this.options.random ?? Math.random, this.options.backoff ?? DEFAULT_BACKOFF);
      this.update({ retrying: { attempt, inMs }, error: reason });
      await (this.options.sleep ?? defaultSleep)(inMs);
      return !this.stopped;
    }
    this.update({
      phase: sync?.kind === 'offline' ? 'offline' : 'error',
      progress: null,
      retrying: null,
      error: reason,
    });
    return false;
  }

  private update(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}

/** This laptop's id for this database, made once; the server keys idempotency by mutation id. */
export async function ensureClientId(db: FieldbookDb, clock: StoreClock): Promise<string> {
  const existing = await getMeta(db, 'clientId');
  if (existing) return existing;
  const clientId = clock.newId();
  await setMeta(db, 'clientId', clientId);
  return clientId;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function windowOnline(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
}
