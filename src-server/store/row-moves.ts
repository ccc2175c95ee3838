import type { Queryable } from '../db/adapter';

/** A single row that left one account for another (a patch of `accountId`, or an import). */
export interface RowMove {
  table: string;
  id: string;
  fromAccountId: string;
  toAccountId: string;
}

/**
 * Logs single-row moves under the revision that wrote them. A pull tells everyone who can see
 * the old account but not the new one to drop the row (`removedRows`), and a later write to it
 * from them is refused `out_of_scope`: it was in their book and has left it.
 */
export async function recordRowMoves(q: Queryable, rev: number, moves: readonly RowMove[]): Promise<void> {
  if (moves.length === 0) return;
  const payload = moves.map((m) => ({ t: m.table, i: m.id, f: m.fromAccountId, a: m.toAccountId }));
  await q.query(
    `INSERT INTO row_moves (rev, table_name, id, from_account_id, to_account_id)
     SELECT $1, k.t, k.i, k.f, k.a FROM jsonb_to_recordset($2::jsonb) AS k(t text, i text, f text, a text)`,
    [rev, JSON.stringify(payload)],
  );
}

/** True when the row once sat in an account now owned by one of `owners`, and was moved out of it. */
export async function movedAwayFrom(q: Queryable, owners: string[], table: string, id: string): Promise<boolean> {
  const [row] = await q.query(
    `SELECT 1 FROM row_moves m JOIN account_owners o ON o.account_id = m.from_account_id
      WHERE m.table_name = $1 AND m.id = $2 AND o.owner_id = ANY($3::text[]) LIMIT 1`,
    [table, id, owners],
  );
  return row !== undefined;
}
