import type { PullResponse, PulledChange, RemovedRow } from '../../src-core/sync/protocol';
import type { Db, Queryable } from '../db/adapter';
import { visibleOwners } from '../store/scope';
import type { User } from '../store/users';
import { committedRev } from '../store/write-transaction';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 5_000;

export type PullOutcome = { ok: true; response: PullResponse; cursorProblem?: string } | { ok: false; reason: string };

interface ChangeRecord {
  table_name: PulledChange['table'];
  id: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

/**
 * One page of the caller's book changed since `cursor`, in (rev, table, id) order, so pages never
 * repeat or skip a row even when thousands of rows share a revision. Runs in one repeatable-read
 * snapshot so the page, the newest revision and the scope all agree.
 */
export async function pull(
  db: Db,
  secret: string,
  user: User,
  cursor: string | undefined,
  limit: number,
): Promise<PullOutcome> {
  let from: CursorPosition | null = null;
  let cursorProblem: string | undefined;
  if (cursor !== undefined && cursor !== '') {
    const decoded = decodeCursor(secret, cursor, user.id);
    if (!decoded.ok && decoded.kind === 'foreign') return decoded;
    if (decoded.ok) from = decoded.position;
    else cursorProblem = decoded.reason;
  }
  const response = await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return pullPage(tx, secret, user, from, limit);
  });
  return cursorProblem ? { ok: true, response, cursorProblem } : { ok: true, response };
}

async function pullPage(
  tx: Queryable,
  secret: string,
  user: User,
  from: CursorPosition | null,
  limit: number,
): Promise<PullResponse> {
  const high = await committedRev(tx);
  const horizon = await tombstoneHorizon(tx);
  const owners = await visibleOwners(tx, user);
  // No cursor, a cursor from a future this database never reached (restored from a backup), or
  // one older than the tombstones we keep: start over and tell the client to drop its copy.
  const reset = from === null || from.rev > high || Math.max(from.rev, from.fullUntil) < horizon;
  const position: CursorPosition = reset ? { userId: user.id, rev: 0, table: null, id: null, fullUntil: high } : from!;
  const records = await changedRows(tx, owners, position, high, limit + 1);
  const more = records.length > limit;
  const page = records.slice(0, limit);
  const last = page[page.length - 1];
  const next: CursorPosition =
    more && last
      ? { ...position, rev: Number(last.rev), table: last.table_name, id: last.id }
      : { ...position, rev: high, table: null, id: null, fullUntil: 0 };
  const removedAccounts = reset ? [] : await removedSince(tx, owners, position, next.rev);
  const removedRows = reset ? [] : await rowsMovedOut(tx, owners, position, next.rev);
  return {
    cursor: encodeCursor(secret, next),
    more,
    reset,
    changes: page.map((r) => ({
      table: r.table_name,
      id: r.id,
      rev: Number(r.rev),
      deleted: r.deleted,
      row: r.deleted ? null : r.data,
    })),
    removedAccounts,
    removedRows,
  };
}

/**
 * One row-value comparison against the (rev, table_name, id) index, so each page is an ordered
 * index range scan that stops after `limit` rows, however many rows share a revision.
 * A cursor at a whole revision continues at (rev + 1, '', ''): the empty string sorts first.
 */
function changedRows(tx: Queryable, owners: string[] | null, p: CursorPosition, high: number, limit: number) {
  const after = p.table === null ? [p.rev + 1, '', ''] : [p.rev, p.table, p.id ?? ''];
  const comparison = p.table === null ? '>=' : '>';
  return tx.query<ChangeRecord>(
    `SELECT r.table_name, r.id, r.rev, r.deleted, r.data FROM rows r
      WHERE (r.rev, r.table_name, r.id) ${comparison} ($3::bigint, $4::text, $5::text)
        AND r.rev <= $2
        AND ($1::text[] IS NULL OR r.account_id IN (SELECT account_id FROM account_owners WHERE owner_id = ANY($1::text[])))
        AND (NOT r.deleted OR r.rev > $6)
      ORDER BY r.rev, r.table_name, r.id
      LIMIT $7`,
    [owners, high, ...after, p.fullUntil, limit],
  );
}

/**
 * Accounts that left the caller's book in (from, to]: they were moved from one of the caller's
 * owners and are not in the book now. Reporting one twice is harmless; missing one is not, so a
 * cursor in the middle of a revision re-checks that revision.
 */
async function removedSince(
  tx: Queryable,
  owners: string[] | null,
  from: CursorPosition,
  toRev: number,
): Promise<string[]> {
  if (owners === null) return [];
  const rows = await tx.query<{ account_id: string }>(
    `SELECT DISTINCT s.account_id FROM scope_changes s
       JOIN account_owners o ON o.account_id = s.account_id
      WHERE s.rev <= $1 AND (s.rev > $2 OR ($3 AND s.rev = $2))
        AND s.from_owner_id = ANY($4::text[]) AND NOT (o.owner_id = ANY($4::text[]))
      ORDER BY s.account_id`,
    [toRev, from.rev, from.table !== null, owners],
  );
  return rows.map((r) => r.account_id);
}

/**
 * Single rows moved in (from, to] out of an account in the caller's book to one outside it (the
 * account stayed; only the row left). Judged by where the row is now, so a row moved out and
 * back again is not removed; like removedSince, a mid-revision cursor re-checks its revision.
 */
async function rowsMovedOut(
  tx: Queryable,
  owners: string[] | null,
  from: CursorPosition,
  toRev: number,
): Promise<RemovedRow[]> {
  if (owners === null) return [];
  const rows = await tx.query<{ table_name: RemovedRow['table']; id: string }>(
    `SELECT DISTINCT m.table_name, m.id FROM row_moves m
       JOIN account_owners f ON f.account_id = m.from_account_id
       JOIN rows r ON r.table_name = m.table_name AND r.id = m.id
       LEFT JOIN account_owners now_o ON now_o.account_id = r.account_id
      WHERE m.rev <= $1 AND (m.rev > $2 OR ($3 AND m.rev = $2))
        AND f.owner_id = ANY($4::text[])
        AND (now_o.owner_id IS NULL OR NOT (now_o.owner_id = ANY($4::text[])))
      ORDER BY m.table_name, m.id`,
    [toRev, from.rev, from.table !== null, owners],
  );
  return rows.map((r) => ({ table: r.table_name, id: r.id }));
}

async function tombstoneHorizon(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'tombstone_horizon'");
  return Number(row?.value ?? 0);
}
