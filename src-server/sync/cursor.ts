import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/adapter';

/**
 * A pull position. `fullUntil` > 0 marks a first (or reset) sync that began when `fullUntil` was
 * the newest revision: it skips tombstones up to there (a client with nothing has nothing to
 * delete) but still delivers the ones written after it began.
 *
 * - phase `full` (cursor v2): the live rows with rev <= fullUntil, account by account: every row
 *   with (account, table, id) at or before the position has been delivered (all null at the start).
 * - phase `rev`: every row with (rev, table, id) at or before the position has been delivered;
 *   `table` and `id` are null once a whole revision is done. A reset's full phase is followed by
 *   this one from `fullUntil` (the tail: what changed while the full phase was pulled).
 */
export interface CursorPosition {
  userId: string;
  phase: 'full' | 'rev';
  rev: number;
  account: string | null;
  table: string | null;
  id: string | null;
  fullUntil: number;
}

/**
 * `unreadable`: malformed, forged, or signed by an earlier database (its secret is gone) — the
 * caller's position is unknown, so the pull starts over with `reset`. `foreign`: a genuine cursor
 * of another user — a client bug or an attempt, refused.
 */
export type DecodedCursor =
  | { ok: true; position: CursorPosition }
  | { ok: false; kind: 'unreadable' | 'foreign'; reason: string };

/**
 * Cursors are opaque to clients and signed, so a client cannot forge one that points at another
 * user's position or at rows it never saw; a tampered cursor is refused with a reason.
 */
export function encodeCursor(secret: string, p: CursorPosition): string {
  const fields = [2, p.userId, p.rev, p.table, p.id, p.fullUntil, p.phase, p.account];
  const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/**
 * Reads cursor v2 (`[2, user, rev, table, id, fullUntil, phase, account]`) and v1, the layout
 * every earlier server issued (`[1, user, rev, table, id, fullUntil]`): a laptop mid-way through a
 * first sync when the server is upgraded resumes where it was, a v1 position being a `rev` phase
 * position (the pull goes on in revision order).
 */
export function decodeCursor(secret: string, cursor: string, userId: string): DecodedCursor {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined || cursor.length > 1_000) {
    return { ok: false, kind: 'unreadable', reason: 'The cursor is malformed.' };
  }
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, kind: 'unreadable', reason: 'The cursor was not issued by this server.' };
  }
  let fields: unknown[];
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'The cursor is malformed.' };
  }
  if (!Array.isArray(fields)) return { ok: false, kind: 'unreadable', reason: 'The cursor is malformed.' };
  const [version, owner, rev, table, id, fullUntil, phase, account] = fields;
  const known = version === 1 || (version === 2 && (phase === 'full' || phase === 'rev'));
  if (!known || typeof rev !== 'number' || typeof fullUntil !== 'number')
    return { ok: false, kind: 'unreadable', reason: 'The cursor is from another version.' };
  if (owner !== userId) return { ok: false, kind: 'foreign', reason: 'The cursor belongs to another user.' };
  return {
    ok: true,
    position: {
      userId,
      phase: version === 2 ? (phase as CursorPosition['phase']) : 'rev',
      rev,
      account: version === 2 ? textOrNull(account) : null,
      table: textOrNull(table),
      id: textOrNull(id),
      fullUntil,
    },
  };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 32);
}

/** The server's cursor-signing secret, created once per database and shared by every process. */
export async function cursorSecret(db: Queryable): Promise<string> {
  await db.query("INSERT INTO server_meta (key, value) VALUES ('cursor_secret', $1) ON CONFLICT (key) DO NOTHING", [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'cursor_secret'");
  if (!row) throw new Error('cursor secret missing');
  return row.value;
}
