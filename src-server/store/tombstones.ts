import type { Db } from '../db/adapter';
import { writeTransaction } from './write-transaction';

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
