import type { TableName } from '../../src-core/model';
import type { Queryable } from '../db/adapter';
import type { RowMove } from '../store/row-moves';
import { conflictCopyOf, decideImportedRow, type ImportRow, type SkipReason, type StoredVersion } from './import-rules';

/** What an import will do, row by row, before anything is written (a dry run stops here). */
export interface ImportPlan {
  writes: ImportRow[];
  unchanged: number;
  skipped: { table: TableName; id: string; reason: SkipReason }[];
  conflictCopies: { id: string; copyId: string }[];
  /** Written rows that leave the account the server had them under. */
  moves: RowMove[];
}

const CHUNK = 500;

/** Applies `decideImportedRow` to every row, then to the conflict copies it asks for. */
export async function planImport(
  tx: Queryable,
  incoming: ImportRow[],
  stored: Map<string, StoredVersion>,
): Promise<ImportPlan> {
  const plan: ImportPlan = { writes: [], unchanged: 0, skipped: [], conflictCopies: [], moves: [] };
  const deletedAccounts = new Set(
    [...stored.entries()]
      .filter(([key, s]) => key.startsWith('accounts\u0001') && s.deleted)
      .map(([, s]) => s.accountId),
  );
  const copies: ImportRow[] = [];
  for (const row of incoming) {
    const before = stored.get(keyOf(row.table, row.id));
    const decision = decideImportedRow(row, before, deletedAccounts.has(row.accountId));
    if (decision.kind === 'unchanged') plan.unchanged += 1;
    else if (decision.kind === 'write') addWrite(plan, row, before);
    else {
      plan.skipped.push({ table: row.table, id: row.id, reason: decision.reason });
      if (decision.keepTextAs) copies.push(conflictCopyOf(row, decision.keepTextAs));
    }
  }
  // A copy made by an earlier run of the same file is found and left alone (or its tombstone is).
  const storedCopies = await storedRows(tx, copies);
  for (const copy of copies) {
    const decision = decideImportedRow(copy, storedCopies.get(keyOf(copy.table, copy.id)), false);
    if (decision.kind !== 'write') continue;
    addWrite(plan, copy, undefined);
    plan.conflictCopies.push({ id: String(copy.data.conflictOf), copyId: copy.id });
  }
  return plan;
}

function addWrite(plan: ImportPlan, row: ImportRow, before: StoredVersion | undefined): void {
  plan.writes.push(row);
  if (before && before.accountId !== row.accountId)
    plan.moves.push({ table: row.table, id: row.id, fromAccountId: before.accountId, toAccountId: row.accountId });
}

/** The stored versions of the given rows, by table and id. */
export async function storedRows(tx: Queryable, rows: ImportRow[]): Promise<Map<string, StoredVersion>> {
  const found = new Map<string, StoredVersion>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const keys = rows.slice(i, i + CHUNK).map((r) => ({ t: r.table, i: r.id }));
    const records = await tx.query<{
      table_name: string;
      id: string;
      account_id: string;
      rev: number;
      deleted: boolean;
      client_id: string | null;
      data: Record<string, unknown>;
    }>(
      `SELECT r.table_name, r.id, r.account_id, r.rev, r.deleted, r.client_id, r.data
         FROM rows r JOIN jsonb_to_recordset($1::jsonb) AS k(t text, i text) ON r.table_name = k.t AND r.id = k.i`,
      [JSON.stringify(keys)],
    );
    for (const r of records)
      found.set(keyOf(r.table_name, r.id), {
        accountId: r.account_id,
        rev: Number(r.rev),
        deleted: r.deleted,
        clientId: r.client_id,
        data: r.data,
      });
  }
  return found;
}

function keyOf(table: string, id: string): string {
  return `${table}\u0001${id}`;
}
