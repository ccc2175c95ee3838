import type { Queryable } from '../db/adapter';
import type { User } from './users';

/**
 * A user's book: the owners whose accounts they may read and write. A CSM sees their own
 * accounts, a lead their team's (users whose lead they are) and their own; `null` means every
 * account (admin). Every pull filter and every push check goes through this one function.
 */
export async function visibleOwners(q: Queryable, user: User): Promise<string[] | null> {
  if (user.role === 'admin') return null;
  if (user.role === 'csm') return [user.id];
  const team = await q.query<{ id: string }>('SELECT id FROM users WHERE lead_id = $1', [user.id]);
  return [user.id, ...team.map((r) => r.id)];
}

export async function ownerOfAccount(q: Queryable, accountId: string): Promise<string | null> {
  const [row] = await q.query<{ owner_id: string }>('SELECT owner_id FROM account_owners WHERE account_id = $1', [
    accountId,
  ]);
  return row?.owner_id ?? null;
}

export type AccountAccess = 'in_scope' | 'moved_away' | 'never_yours';

/**
 * Whether an account is in the caller's book now; if not, whether it used to be (it was
 * reassigned away: `out_of_scope`) or never was (or does not exist: `forbidden`, which tells a
 * prying client nothing about other books).
 */
export async function accountAccess(q: Queryable, owners: string[] | null, accountId: string): Promise<AccountAccess> {
  const owner = await ownerOfAccount(q, accountId);
  if (owner !== null && (owners === null || owners.includes(owner))) return 'in_scope';
  if (owner === null || owners === null) return 'never_yours';
  const [moved] = await q.query(
    'SELECT 1 FROM scope_changes WHERE account_id = $1 AND from_owner_id = ANY($2::text[]) LIMIT 1',
    [accountId, owners],
  );
  return moved ? 'moved_away' : 'never_yours';
}
