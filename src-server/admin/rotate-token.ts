import type { Db } from '../db/adapter';
import { replaceToken, userByEmail } from '../store/users';
import { AdminError } from './admin-error';

/**
 * Replaces a user's token (a lost laptop, a leaked token): the old one stops working at once and
 * the app asks that user to sign in again; their unsynced edits stay on their laptop.
 */
export async function rotateToken(db: Db, email: string): Promise<string> {
  const user = await userByEmail(db, email);
  if (!user) throw new AdminError(`No user has the email ${email}.`);
  if (!user.active) throw new AdminError(`${user.email} is deactivated; reactivate-user gives them a new token.`);
  return replaceToken(db, user.id);
}
