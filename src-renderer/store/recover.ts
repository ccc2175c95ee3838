import { describeStoreOpenError, type StoreOpenProblem } from '../platform/store-open-error';
import { openFieldbookDb, type FieldbookDb } from './db';
import { setMeta } from './meta';
import { carryUnsyncedEdits, readUnsyncedEdits } from './rescue';
import { nextRebuiltName, recordSetAside, type KeyValueStorage } from './set-aside';

/** What became of a local book that failed to open (RELIABILITY 22, 23 and the downgrade rule). */
export type StoreRecovery =
  | {
      kind: 'rebuilt';
      problem: StoreOpenProblem;
      /** The database kept aside, untouched. */
      setAsideName: string;
      /** The fresh, opened database that replaces it. */
      db: FieldbookDb;
      /** Unsynced edits carried over; null when the old outbox could not be read. */
      rescued: { outbox: number; rejected: number } | null;
    }
  /** Downgrade, disk full, updated elsewhere or unknown: nothing is touched; the screen explains. */
  | { kind: 'untouched'; problem: StoreOpenProblem };

export interface RecoverDeps {
  now(): string;
  storage?: KeyValueStorage | null;
  idb?: IDBFactory;
}

/**
 * Called with the error the book's database raised on opening. Only a database that "cannot be
 * opened" is set aside: recorded first (so it is never opened again, even if what follows is
 * interrupted), its unsynced edits read out raw, and a fresh database opened with those edits in
 * its outbox. The old database is never deleted. Every other problem leaves the data alone.
 */
export async function recoverBrokenStore(
  broken: { userKey: string; name: string; error: unknown },
  deps: RecoverDeps,
): Promise<StoreRecovery> {
  const problem = describeStoreOpenError(broken.error);
  if (problem.kind !== 'cannot-open') return { kind: 'untouched', problem };
  const storage =
    deps.storage === undefined ? (typeof window !== 'undefined' ? window.localStorage : null) : deps.storage;
  const replacedBy = nextRebuiltName(broken.userKey, storage);
  recordSetAside(
    { name: broken.name, userKey: broken.userKey, at: deps.now(), reason: errorName(broken.error), replacedBy },
    storage,
  );

  const edits = await readUnsyncedEdits(broken.name, deps.idb ?? indexedDB);
  const db = openFieldbookDb(replacedBy);
  await db.open();
  await setMeta(db, 'userKey', broken.userKey);
  if (edits) await carryUnsyncedEdits(db, edits);
  const refusedSettings = edits?.settings.filter((e) => e.rejected).length ?? 0;
  const rescued = edits
    ? {
        outbox: edits.outbox.length + (edits.settings.length - refusedSettings),
        rejected: edits.rejected.length + refusedSettings,
      }
    : null;
  return { kind: 'rebuilt', problem, setAsideName: broken.name, db, rescued };
}

function errorName(error: unknown): string {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null;
  const inner = typeof e?.inner?.name === 'string' ? ` (${e.inner.name})` : '';
  return `${typeof e?.name === 'string' ? e.name : 'Error'}${inner}`;
}
