import type { Queryable } from '../db/adapter';

/**
 * Deleting an account deletes everything under it in the same transaction and revision: every
 * laptop holding the account pulls the tombstones with it, and a fresh pull delivers no orphans.
 */
export async function tombstoneChildren(
  q: Queryable,
  accountId: string,
  rev: number,
  clientId: string,
  now: string,
): Promise<number> {
  const gone = await q.query(
    `UPDATE rows SET rev = $1, deleted = true, client_id = $2, updated_at = $3::timestamptz,
       data = data || jsonb_build_object('rev', $1::bigint, 'deleted', true, 'updatedAt', $4::text)
     WHERE account_id = $5 AND table_name <> 'accounts' AND NOT deleted RETURNING id`,
    [rev, clientId, now, now, accountId],
  );
  return gone.length;
}

/** True when the account exists only as a tombstone: nothing may be written under it any more. */
export async function isAccountDeleted(q: Queryable, accountId: string): Promise<boolean> {
  const [row] = await q.query<{ deleted: boolean }>(
    "SELECT deleted FROM rows WHERE table_name = 'accounts' AND id = $1",
    [accountId],
  );
  return row?.deleted === true;
}
