import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshScreensAfterSync, syncAfterLocalWrites } from '../../../../src-renderer/session/watch-sync';
import { INITIAL_SYNC_STATUS, type SyncEngine, type SyncStatus } from '../../../../src-renderer/sync';

/** A stand-in engine that records what the app asked of it and lets the test publish statuses. */
function fakeEngine() {
  const listeners = new Set<(s: SyncStatus) => void>();
  const calls: string[] = [];
  const engine = {
    refresh: async () => {
      calls.push('refresh');
      return INITIAL_SYNC_STATUS;
    },
    syncNow: async () => {
      calls.push('syncNow');
      return INITIAL_SYNC_STATUS;
    },
    subscribe: (l: (s: SyncStatus) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const publish = (patch: Partial<SyncStatus>) => {
    for (const l of listeners) l({ ...INITIAL_SYNC_STATUS, ...patch });
  };
  return { engine: engine as unknown as SyncEngine, calls, publish };
}

const save = (client: QueryClient, fail = false) =>
  client
    .getMutationCache()
    .build(client, { mutationFn: async () => (fail ? Promise.reject(new Error('quota')) : 'saved') })
    .execute(undefined)
    .catch(() => undefined);

afterEach(() => vi.useRealTimers());

describe('local writes reach the sync engine', () => {
  it('re-reads the pending count at once and pushes shortly after a saved write when online', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const { engine, calls } = fakeEngine();
    const stop = syncAfterLocalWrites(client, engine, { delayMs: 1_500, isOnline: () => true });
    await save(client);
    await save(client);
    expect(calls).toEqual(['refresh', 'refresh']);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(calls).toEqual(['refresh', 'refresh']);
    await vi.advanceTimersByTimeAsync(1);
    // Two quick writes, one push.
    expect(calls).toEqual(['refresh', 'refresh', 'syncNow']);
    stop();
    await save(client);
    expect(calls).toHaveLength(3);
  });

  it('only counts offline: the online trigger pushes later', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const { engine, calls } = fakeEngine();
    syncAfterLocalWrites(client, engine, { delayMs: 10, isOnline: () => false });
    await save(client);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual(['refresh']);
  });

  it('ignores a write that failed (nothing new is pending)', async () => {
    const client = new QueryClient();
    const { engine, calls } = fakeEngine();
    syncAfterLocalWrites(client, engine, { delayMs: 10, isOnline: () => true });
    await save(client, true);
    expect(calls).toEqual([]);
  });
});

describe('screens after a sync', () => {
  it('re-reads the session facts, and the settings when a run brought anything; never everything', async () => {
    const client = new QueryClient();
    const invalidated: unknown[] = [];
    vi.spyOn(client, 'invalidateQueries').mockImplementation(
      async (filters) => void invalidated.push(filters?.queryKey ?? 'everything'),
    );
    const { engine, publish } = fakeEngine();
    refreshScreensAfterSync(client, engine);
    publish({ phase: 'idle', pending: 2 });
    expect(invalidated).toEqual([]);
    publish({ phase: 'syncing' });
    publish({ phase: 'syncing', progress: { firstSync: false, pages: 1, rows: 0 } });
    publish({ phase: 'idle' });
    expect(invalidated).toEqual([['session']]);
    publish({ phase: 'syncing', progress: { firstSync: false, pages: 1, rows: 12 } });
    publish({ phase: 'offline' });
    // Pulled rows re-read their own queries as each page commits (refresh-by-table.test.ts).
    expect(invalidated).toEqual([['session'], ['session']]);
    // Changed settings are re-read at once, mid-run (before the rows), and once per change.
    publish({ phase: 'syncing', settingsChanged: 2 });
    expect(invalidated).toEqual([['session'], ['session'], ['settings']]);
    publish({ phase: 'syncing', settingsChanged: 2, progress: { firstSync: true, pages: 1, rows: 5_000 } });
    publish({ phase: 'idle', settingsChanged: 2 });
    expect(invalidated).toEqual([['session'], ['session'], ['settings'], ['session']]);
  });
});
