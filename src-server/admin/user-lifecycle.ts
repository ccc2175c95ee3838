import type { Db } from '../db/adapter';
import { allUsers, replaceToken, userByEmail, type User } from '../store/users';
import { writeTransaction } from '../store/write-transaction';
import { AdminError } from './admin-error';
import { moveAccount } from './reassign';

/**
 * A user's life after create-user. Deactivating stops their token at once (every request looks
 * the token up) and leaves their accounts where they are: their lead and admins still see and
 * edit them, and `reassign` moves them. Deleting removes the user for good; whatever they own
 * must first have a new owner (`--reassign-to`), who also takes over their team when a lead.
 */
export async function deactivateUser(db: Db, email: string, now: string): Promise<string> {
  const user = await existing(db, email);
  if (!user.active) return `${user.email} is already deactivated.`;
  await db.query('UPDATE users SET deactivated_at = $1::timestamptz WHERE id = $2', [now, user.id]);
  const owned = await liveAccountCount(db, user.id);
  return (
    `Deactivated ${user.email}: their token no longer works. Their ${owned} accounts stay in their book, ` +
    'visible to their lead and admins; move them with reassign.'
  );
}

/** Lets a deactivated user back in with a NEW token (the old one may be on a lost laptop). */
export async function reactivateUser(db: Db, email: string): Promise<string> {
  const user = await existing(db, email);
  if (user.active) throw new AdminError(`${user.email} is active; use rotate-token for a new token.`);
  return replaceToken(db, user.id, true);
}

export async function deleteUser(db: Db, email: string, reassignTo: string | undefined, now: string) {
  return writeTransaction(db, async (tx) => {
    const user = await existing(tx, email);
    const owned = await tx.query<{ account_id: string }>(
      'SELECT account_id FROM account_owners WHERE owner_id = $1 ORDER BY account_id',
      [user.id],
    );
    const live = await liveAccountCount(tx, user.id);
    const heir = reassignTo === undefined ? null : await existing(tx, reassignTo, '--reassign-to');
    if (owned.length > 0 && !heir) {
      const deleted = owned.length - live;
      const also = deleted > 0 ? ` (and ${deleted} deleted ones)` : '';
      throw new AdminError(
        `${user.email} owns ${live} accounts${also}; give --reassign-to EMAIL to move them first. Nothing was deleted.`,
      );
    }
    if (heir && (heir.id === user.id || !heir.active))
      throw new AdminError('--reassign-to must name another, active user. Nothing was deleted.');
    const rev = owned.length > 0 ? tx.nextRev() : 0;
    for (const { account_id } of owned) await moveAccount(tx, account_id, user.id, heir!, rev, now);
    const newLead = heir && heir.role !== 'csm' ? heir.id : null;
    const team = await tx.query('UPDATE users SET lead_id = $1 WHERE lead_id = $2 RETURNING id', [newLead, user.id]);
    await tx.query('DELETE FROM mutations WHERE user_id = $1', [user.id]);
    await tx.query('DELETE FROM users WHERE id = $1', [user.id]);
    const moved = heir && owned.length > 0 ? ` Moved their ${live} accounts to ${heir.email}.` : '';
    const teamLine =
      team.length === 0
        ? ''
        : ` Their team (${team.length}) now ${newLead ? `reports to ${heir!.email}` : 'has no lead'}.`;
    return `Deleted ${user.email}.${moved}${teamLine}`;
  });
}

/** One line per user: email, name, role, lead, status and how many accounts they own. Never a token. */
export async function listUsers(db: Db): Promise<string> {
  const users = await allUsers(db);
  const counts = await db.query<{ owner_id: string; n: number }>(
    `SELECT o.owner_id, count(*)::int AS n FROM account_owners o
       JOIN rows r ON r.table_name = 'accounts' AND r.id = o.account_id AND NOT r.deleted GROUP BY o.owner_id`,
  );
  const byId = new Map(users.map((u) => [u.id, u]));
  const owned = new Map(counts.map((c) => [c.owner_id, Number(c.n)]));
  const header = ['EMAIL', 'NAME', 'ROLE', 'LEAD', 'STATUS', 'ACCOUNTS'];
  const lines = users.map((u) => [
    u.email,
    u.name,
    u.role,
    (u.leadId && byId.get(u.leadId)?.email) || '-',
    u.active ? 'active' : 'deactivated',
    String(owned.get(u.id) ?? 0),
  ]);
  return table([header, ...lines]);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function existing(q: Pick<Db, 'query'>, email: string, flag = '--email'): Promise<User> {
  const user = await userByEmail(q, email);
  if (!user) throw new AdminError(`No user has the email ${email} (${flag}).`);
  return user;
}

async function liveAccountCount(q: Pick<Db, 'query'>, ownerId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM account_owners o
       JOIN rows r ON r.table_name = 'accounts' AND r.id = o.account_id AND NOT r.deleted WHERE o.owner_id = $1`,
    [ownerId],
  );
  return Number(row?.n ?? 0);
}
