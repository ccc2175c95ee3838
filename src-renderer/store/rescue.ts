import type { FieldbookDb } from './db';
import { openRaw } from './open-check';
import type { OutboxEntry, RejectedEntry, SettingsEditEntry } from './types';

/** The edits that had not reached the team server yet, read out of a book that will not open. */
export interface UnsyncedEdits {
  outbox: OutboxEntry[];
  rejected: RejectedEntry[];
  /** Settings edits not yet on the server (and refused ones, kept with their reason). */
  settings: SettingsEditEntry[];
  /** Kept so the server sees the same client after the rebuild. */
  clientId: string | null;
}

/**
 * Reads the outbox and the refused edits of a database with plain IndexedDB, read-only: no
 * version given (so no upgrade runs) and, if the database does not exist, it is not created.
 * Null when nothing can be read; the database itself is never changed.
 */
export async function readUnsyncedEdits(name: string, idb: IDBFactory = indexedDB): Promise<UnsyncedEdits | null> {
  const raw = await openRaw(name, idb);
  if (!raw) return null;
  try {
    const stores = ['outbox', 'rejected', 'meta', 'settingsOutbox'].filter((s) => raw.objectStoreNames.contains(s));
    if (!stores.includes('outbox')) return null;
    const tx = raw.transaction(stores, 'readonly');
    const [outbox, rejected, clientId, settings] = await Promise.all([
      request<OutboxEntry[]>(tx.objectStore('outbox').getAll()),
      stores.includes('rejected') ? request<RejectedEntry[]>(tx.objectStore('rejected').getAll()) : Promise.resolve([]),
      stores.includes('meta')
        ? request<{ value?: unknown } | undefined>(tx.objectStore('meta').get('clientId'))
        : Promise.resolve(undefined),
      stores.includes('settingsOutbox')
        ? request<SettingsEditEntry[]>(tx.objectStore('settingsOutbox').getAll())
        : Promise.resolve([]),
    ]);
    for (const list of [outbox, settings]) list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    return { outbox, rejected, settings, clientId: typeof clientId?.value === 'string' ? clientId.value : null };
  } catch {
    return null;
  } finally {
    raw.close();
  }
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Puts rescued edits into a fresh book's outbox, in their original order and with their original
 * mutation ids: the normal sync pushes each once, and the server skips any it had already applied.
 */
export async function carryUnsyncedEdits(db: FieldbookDb, edits: UnsyncedEdits): Promise<void> {
  await db.transaction('rw', db.outbox, db.rejected, db.meta, db.settingsOutbox, async () => {
    // Fresh `seq`s from the new outboxes, assigned in the old write order.
    await db.outbox.bulkAdd(edits.outbox.map(({ seq: _seq, ...entry }) => entry));
    await db.settingsOutbox.bulkAdd(edits.settings.map(({ seq: _seq, ...entry }) => entry));
    await db.rejected.bulkPut(edits.rejected);
    if (edits.clientId) await db.meta.put({ key: 'clientId', value: edits.clientId });
  });
}
