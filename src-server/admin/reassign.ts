import type { Db } from '../db/adapter';
import { ownerOfAccount } from '../store/scope';
import { isAccountDeleted } from '../sync/account-delete';
import { userByEmail, userById, type User } from '../store/users';
import { writeTransaction, type WriteTx } from '../store/write-transaction';
import { AdminError } from './admin-error';

export interface ReassignSummary {
  accountId: string;
  from: string;
  to: string;
  rows: number;
  rev: number | null;
}

/**
 * Moves an account, with everything under it, to another CSM. A deleted account stays deleted
 * where it is (moving it would bring nothing back), and only an active user can take one over.
 */
export async function reassignAccount(
  db: Db,
  accountId: string,
  toEmail: string,
  now: string,
): Promise<ReassignSummary> {
  return writeTransaction(db, async (tx) => {
    const fromId = await ownerOfAccount(tx, accountId);
    if (!fromId) throw new AdminError(`There is no account with id ${accountId}.`);
    const to = await userByEmail(tx, toEmail);
    if (!to) throw new AdminError(`No user has the email ${toEmail} (--to).`);
    if (!to.active) throw new AdminError(`${to.email} is deactivated; reassign the account to an active user.`);
    const from = await userById(tx, fromId);
    if (fromId === to.id) return { accountId, from: to.email, to: to.email, rows: 0, rev: null };
    if (await isAccountDeleted(tx, accountId))
      throw new AdminError(`Account ${accountId} was deleted; a deleted account is not moved.`);
    const rev = tx.nextRev();
    const rows = await moveAccount(tx, accountId, fromId, to, rev, now);
    return { accountId, from: from?.email ?? fromId, to: to.email, rows, rev };
  });
}

/**
 * The move itself, inside the caller's write transaction: it is logged under `rev` so the
 * previous owner's next pull lists the account in `removedAccounts`, and every row of the account
 * is stamped with `rev` so the new owner's next pull delivers all of it — even rows written long
 * before their cursor. Returns how many rows moved.
 */
export async function moveAccount(
  tx: WriteTx,
  accountId: string,
  fromId: string,
  to: User,
  rev: number,
  now: string,
): Promise<number> {
  await tx.query('UPDATE account_owners SET owner_id = $1 WHERE account_id = $2', [to.id, accountId]);
  await tx.query('INSERT INTO scope_changes (rev, account_id, from_owner_id, to_owner_id) VALUES ($1, $2, $3, $4)', [
    rev,
    accountId,
    fromId,
    to.id,
  ]);
  const stamped = await tx.query<{ id: string }>(
    `UPDATE rows SET rev = $1, updated_at = $2::timestamptz,
       data = CASE WHEN table_name = 'accounts' AND NOT deleted
         THEN data || jsonb_build_object('rev', $1::bigint, 'ownerId', $3::text, 'ownerName', $4::text, 'updatedAt', $6::text)
         ELSE data || jsonb_build_object('rev', $1::bigint) END
     WHERE account_id = $5 RETURNING id`,
    [rev, now, to.id, to.name, accountId, now],
  );
  return stamped.length;
}
