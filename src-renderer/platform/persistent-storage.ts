/**
 * Asks the browser engine to keep the local book under storage pressure instead of evicting
 * it: an evicted IndexedDB would take unsynced edits with it. Electron grants it; browsers
 * may refuse, which the Settings screen can show.
 */
export type PersistenceResult = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    // Some embedded browsers throw instead of answering; treat that as "no promise made".
    return 'not-persisted';
  }
}
