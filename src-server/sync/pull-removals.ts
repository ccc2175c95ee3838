import type { RemovedRow } from '../../src-core/sync/protocol';
import type { Queryable } from '../db/adapter';
import type { CursorPosition } from './cursor';

/**
 * Accounts that left the caller's book in (from, to]: they were moved from one of the caller's
 * owners and are not in the book now. Reporting one twice is harmless; missing one is not, so a
 * cursor in the middle of a revision re-checks that revision.
 */
export async function removedSince(
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
export async function rowsMovedOut(
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
