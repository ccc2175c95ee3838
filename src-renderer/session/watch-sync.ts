import type { QueryClient } from '@tanstack/react-query';
import { sessionKeys } from '../features/session/queries';
import { settingsKeys } from '../features/settings/queries';
import type { SyncEngine } from '../sync';

/**
 * Ties the sync engine to the screens through react-query, so no screen has to know about sync:
 * every saved local write (all of them are react-query mutations) re-reads the pending count and,
 * when online, pushes shortly after.
 */
export const PUSH_AFTER_WRITE_MS = 1_500;

export function syncAfterLocalWrites(
  queryClient: QueryClient,
  engine: SyncEngine,
  options: { delayMs?: number; isOnline?: () => boolean; onError?: (error: unknown) => void } = {},
): () => void {
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  const onError =
    options.onError ?? ((error: unknown) => console.error('[fieldbook] sync after a write failed', error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    engine.refresh().catch(onError);
    // Offline, the engine would only fail and back off; the 'online' trigger pushes instead.
    if (!isOnline()) return;
    clearTimeout(timer);
    timer = setTimeout(() => engine.syncNow().catch(onError), options.delayMs ?? PUSH_AFTER_WRITE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/**
 * The settings as soon as a sync changed them (before its rows: a first sync's health is by the
 * team's settings from its first page), and after each sync run the session's facts (last synced,
 * pending). Pulled rows re-read their own queries as each page commits (app/refresh-by-table.ts),
 * so nothing here re-reads the whole app.
 */
export function refreshScreensAfterSync(queryClient: QueryClient, engine: SyncEngine): () => void {
  let running = false;
  let settingsChanged = 0;
  return engine.subscribe((status) => {
    if (status.settingsChanged > settingsChanged) {
      settingsChanged = status.settingsChanged;
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
    }
    if (status.phase === 'syncing') {
      running = true;
      return;
    }
    if (!running) return;
    running = false;
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
  });
}
