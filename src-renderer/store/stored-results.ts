import type { FieldbookDb } from './db';
import type { StoredAccountResults } from './types';

/**
 * Each account's results as the book worker last computed them (workers/account-results.ts owns
 * them; this is where they rest between sessions). A cold open reads these few hundred small rows
 * and shows health at once, while the worker reads the whole book behind it.
 *
 * A stored result is current only while the change log (change-log.ts) says nothing of its account
 * changed after the revision its rows were read at, the book was not replaced since, and the
 * settings and the CSM's day are the ones it was computed under. Anything else is never shown as
 * current: the account shows as not yet scored until the worker catches up.
 */

/** What results must have been computed under to be current. */
export interface ResultsStamp {
  /** The settings' fingerprint (features/health/queries.ts `settingsVersion`). */
  settingsKey: string;
  /** The CSM's day (`YYYY-MM-DD` in their time zone). */
  day: string;
}

/** The stored results with what the change log says of their accounts, read together in one transaction. */
export interface StoredSnapshot<T = unknown> {
  stored: StoredAccountResults<T>[];
  /** The revision at which each account last changed (accounts unchanged since the book was replaced are absent). */
  changedAt: ReadonlyMap<string, number>;
  replacedRev: number;
}

export async function readStoredResults<T>(db: FieldbookDb): Promise<StoredSnapshot<T>> {
  return db.transaction('r', [db.accountResults, db.accountChanges, db.meta], async () => {
    const [stored, changes, replaced] = await Promise.all([
      db.accountResults.toArray(),
      db.accountChanges.toArray(),
      db.meta.get('bookReplacedRev'),
    ]);
    return {
      stored: stored as StoredAccountResults<T>[],
      changedAt: new Map(changes.map((c) => [c.accountId, c.rev])),
      replacedRev: (replaced?.value as number | undefined) ?? 0,
    };
  });
}

/** The results of a snapshot still current under `stamp`. */
export function currentResults<T>(snapshot: StoredSnapshot<T>, stamp: ResultsStamp): StoredAccountResults<T>[] {
  const { changedAt, replacedRev } = snapshot;
  return snapshot.stored.filter(
    (r) =>
      r.settingsKey === stamp.settingsKey &&
      r.day === stamp.day &&
      r.rev >= replacedRev &&
      r.rev >= (changedAt.get(r.accountId) ?? 0),
  );
}

/** The stored results still current under `stamp`, read in one transaction with the change log. */
export async function readCurrentResults<T>(db: FieldbookDb, stamp: ResultsStamp): Promise<StoredAccountResults<T>[]> {
  return currentResults(await readStoredResults<T>(db), stamp);
}

/**
 * Stores freshly computed results over the old ones. With `keepOnly` (after a whole read of the
 * book), results of accounts no longer in the book are dropped too.
 */
export async function saveResults(
  db: FieldbookDb,
  fresh: readonly StoredAccountResults[],
  keepOnly?: ReadonlySet<string>,
): Promise<void> {
  await db.transaction('rw', db.accountResults, async () => {
    if (keepOnly) {
      const gone = (await db.accountResults.toCollection().primaryKeys()).filter((id) => !keepOnly.has(id));
      if (gone.length > 0) await db.accountResults.bulkDelete(gone);
    }
    if (fresh.length > 0) await db.accountResults.bulkPut([...fresh]);
  });
}
