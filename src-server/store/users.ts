import { randomBytes, randomUUID } from 'node:crypto';
import type { UserRole } from '../../src-core/model';
import type { Queryable } from '../db/adapter';
import { sha256Hex } from './hash';

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  leadId: string | null;
  /** False once deactivated: the token no longer signs in; the accounts stay where they are. */
  active: boolean;
}

interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  lead_id: string | null;
  deactivated_at: unknown;
}

const COLUMNS = 'id, email, name, role, lead_id, deactivated_at';

export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** A fresh random token: 32 bytes, base64url. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(r: UserRecord): User {
  return { id: r.id, email: r.email, name: r.name, role: r.role, leadId: r.lead_id, active: r.deactivated_at === null };
}

/** The active user a token belongs to; a deactivated user's token finds nobody, at once. */
export async function userByToken(q: Queryable, token: string): Promise<User | null> {
  const [row] = await q.query<UserRecord>(
    `SELECT ${COLUMNS} FROM users WHERE token_hash = $1 AND deactivated_at IS NULL`,
    [hashToken(token)],
  );
  return row ? toUser(row) : null;
}

export async function userByEmail(q: Queryable, email: string): Promise<User | null> {
  const [row] = await q.query<UserRecord>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [normaliseEmail(email)]);
  return row ? toUser(row) : null;
}

export async function userById(q: Queryable, id: string): Promise<User | null> {
  const [row] = await q.query<UserRecord>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ? toUser(row) : null;
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  leadId: string | null;
}

/** Every user, by email (deactivated ones too). */
export async function allUsers(q: Queryable): Promise<User[]> {
  const rows = await q.query<UserRecord>(`SELECT ${COLUMNS} FROM users ORDER BY email`);
  return rows.map(toUser);
}

/** Creates a user and returns it with its token; the token is never retrievable again. */
export async function insertUser(q: Queryable, input: NewUser): Promise<{ user: User; token: string }> {
  const token = newToken();
  const user: User = { id: randomUUID(), ...input, email: normaliseEmail(input.email), active: true };
  await q.query('INSERT INTO users (id, email, name, role, lead_id, token_hash) VALUES ($1, $2, $3, $4, $5, $6)', [
    user.id,
    user.email,
    user.name,
    user.role,
    user.leadId,
    hashToken(token),
  ]);
  return { user, token };
}

/** Gives a user a new token (and, with `reactivate`, lets a deactivated user back in); the old token stops at once. */
export async function replaceToken(q: Queryable, userId: string, reactivate = false): Promise<string> {
  const token = newToken();
  await q.query(`UPDATE users SET token_hash = $1${reactivate ? ', deactivated_at = NULL' : ''} WHERE id = $2`, [
    hashToken(token),
    userId,
  ]);
  return token;
}
