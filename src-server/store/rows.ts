import type { TableName } from '../../src-core/model';
import type { Queryable } from '../db/adapter';

export interface StoredRow {
  table: TableName;
  id: string;
  accountId: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
  clientId: string | null;
}

interface RowRecord {
  table_name: TableName;
  id: string;
  account_id: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
  client_id: string | null;
}

export function toStoredRow(r: RowRecord): StoredRow {
  return {
    table: r.table_name,
    id: r.id,
    accountId: r.account_id,
    rev: Number(r.rev),
    deleted: r.deleted,
    data: r.data,
    clientId: r.client_id,
  };
}

export async function getRow(q: Queryable, table: TableName, id: string): Promise<StoredRow | null> {
  const [row] = await q.query<RowRecord>(
    'SELECT table_name, id, account_id, rev, deleted, data, client_id FROM rows WHERE table_name = $1 AND id = $2',
    [table, id],
  );
  return row ? toStoredRow(row) : null;
}

/** Writes one row version. `data` must already carry the same rev, deleted and updatedAt. */
export async function putRow(q: Queryable, row: StoredRow, updatedAt: string): Promise<void> {
  await q.query(
    `INSERT INTO rows (table_name, id, account_id, rev, deleted, data, client_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
     ON CONFLICT (table_name, id) DO UPDATE SET account_id = EXCLUDED.account_id, rev = EXCLUDED.rev,
       deleted = EXCLUDED.deleted, data = EXCLUDED.data, client_id = EXCLUDED.client_id, updated_at = EXCLUDED.updated_at`,
    [row.table, row.id, row.accountId, row.rev, row.deleted, JSON.stringify(row.data), row.clientId, updatedAt],
  );
}
