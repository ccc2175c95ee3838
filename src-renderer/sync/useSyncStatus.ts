import { useCallback, useSyncExternalStore } from 'react';
import type { SyncEngine } from './sync-engine';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-status';

/** The engine's status for the status bar and Settings; `null` when no team server is connected. */
export function useSyncStatus(engine: SyncEngine | null): SyncStatus {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!engine) return () => undefined;
      const unsubscribe = engine.subscribe(onChange);
      return () => void unsubscribe();
    },
    [engine],
  );
  return useSyncExternalStore(subscribe, () => engine?.status ?? INITIAL_SYNC_STATUS);
}
