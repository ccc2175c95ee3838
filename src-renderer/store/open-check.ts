import type { FieldbookDb } from './db';

/**
 * Opens a book's database, refusing one saved by a newer Fieldbook. Dexie 4 would open a
 * database whose version is higher than this code declares, and even bump it to add what it
 * misses: a downgrade that changes the newer app's data. So the installed version is read first
 * and a newer one raises VersionError (worded by describeStoreOpenError) without touching it.
 */
export async function openBookChecked(db: FieldbookDb, idb: IDBFactory = indexedDB): Promise<void> {
  const installed = await installedVersion(db.name, idb);
  // Dexie stores version N as native version N × 10.
  if (installed !== null && installed > Math.round(db.verno * 10)) {
    throw Object.assign(new Error(`${db.name} is at version ${installed}; this Fieldbook knows up to ${db.verno}`), {
      name: 'VersionError',
    });
  }
  await db.open();
}

/** The installed native version, or null when the database does not exist or cannot be peeked. */
async function installedVersion(name: string, idb: IDBFactory): Promise<number | null> {
  const raw = await openRaw(name, idb);
  if (!raw) return null;
  const version = raw.version;
  raw.close();
  return version;
}

/**
 * Plain IndexedDB open at whatever version exists: no upgrade runs, and a database that does not
 * exist is not created (the creating upgrade is aborted). Null when it cannot be opened.
 */
export function openRaw(name: string, idb: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}
