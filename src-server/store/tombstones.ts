import type { Db } from '../db/adapter';
import { writeTransaction } from './write-transaction';

/** How long a delete is kept for laptops that have not synced since: DESIGN §5, RELIABILITY 4. */
export const DEFAULT_TOMBSTONE_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Forgets tombstones older than `beforeRev`. The horizon is the newest revision whose tombstones
 * may be gone: a client whose cursor is older might miss a delete, so its next pull is a reset.
 */
export async function purgeTombstones(db: Db, beforeRev: number): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const gone = await tx.query('DELETE FROM rows WHERE deleted AND rev < $1 RETURNING id', [beforeRev]);
    await tx.query(
      "UPDATE server_meta SET value = GREATEST(value::bigint, $1::bigint - 1)::text WHERE key = 'tombstone_horizon'",
      [beforeRev],
    );
    return gone.length;
  });
}

/**
 * Forgets the tombstones of deletes made more than `days` days before `now`. The cut is made by
 * revision (the newest expired delete's), not by timestamp, because cursors are revisions: a
 * laptop whose cursor is older than that revision is told to reset, whatever its clock says.
 */
export async function purgeExpiredTombstones(db: Db, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const [newest] = await db.query<{ rev: string | number | null }>(
    'SELECT max(rev) AS rev FROM rows WHERE deleted AND updated_at < $1::timestamptz',
    [cutoff],
  );
  if (newest?.rev === null || newest?.rev === undefined) return 0;
  return purgeTombstones(db, Number(newest.rev) + 1);
}
