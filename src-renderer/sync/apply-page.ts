import {
  TABLE_NAMES,
  accountIdOf,
  isTableName,
  validateRow,
  type ScopedTableName,
  type TableName,
} from '../../src-core/model';
import type { PullResponse, RemovedRow } from '../../src-core/sync/protocol';
import { accountRows } from '../store/account-rows';
import { changeLogScope, recordChange } from '../store/change-log';
import type { FieldbookDb } from '../store/db';
import { affectsSummary, recomputeSummaries } from '../store/summaries';
import type { ChangedTable, OutboxEntry } from '../store/types';
import { pendingByRow, rebaseRow, rowKey } from './rebase';

type Row = Record<string, unknown> & { id: string };

/** The rows a page changed: `touched` accounts need their summaries recomputed, `changed` were written at all. */
export interface PageChanges {
  touched: Set<string>;
  changed: Set<string>;
  tables: Set<ChangedTable>;
}

export interface PageResult {
  /** Rows written or removed. */
  rows: number;
  /** Rows the server sent that failed validation; they are not stored (logged by the caller). */
  unreadable: string[];
}

/**
 * Applies one pulled page and advances the cursor in ONE transaction (RELIABILITY 2): a page is
 * either wholly applied with its cursor or not at all, and applying it twice changes nothing
 * (puts and deletes of final values, summaries recomputed from rows).
 *
 * `reset` drops the local copy of the synced tables but never the outbox: pending edits are
 * re-applied on top (RELIABILITY 4). `removedAccounts` leave the book with all their rows, and
 * `removedRows` (single rows moved to an account outside the book) leave it on their own; their
 * pending edits stay in the outbox until the server refuses them as out of scope (RELIABILITY 17).
 */
export async function applyPulledPage(
  db: FieldbookDb,
  page: PullResponse,
  read: PageRows = readChanges(page),
): Promise<PageResult> {
  const { byTable, unreadable } = read;
  const scope = [...TABLE_NAMES.map((t) => db.table(t)), db.outbox, db.accountSummaries, ...changeLogScope(db)];
  let rows = 0;
  await db.transaction('rw', scope, async () => {
    const pending = pendingByRow(await db.outbox.toArray());
    const seen: PageChanges = { touched: new Set(), changed: new Set(), tables: new Set() };
    if (page.reset) await dropLocalCopy(db, pending, seen);
    for (const [table, changes] of byTable) rows += await applyTableChanges(db, table, changes, pending, seen);
    for (const accountId of page.removedAccounts) rows += await removeAccount(db, accountId, seen);
    rows += await removeRows(db, page.removedRows ?? [], seen);
    await db.meta.put({ key: 'cursor', value: page.cursor });
    const affected = page.reset ? ((await db.accounts.toCollection().primaryKeys()) as string[]) : [...seen.touched];
    await recomputeSummaries(db, [...affected, ...page.removedAccounts]);
    if (page.reset || seen.tables.size > 0)
      await recordChange(db, { tables: seen.tables, accounts: seen.changed, wholeBook: page.reset, pulled: true });
  });
  return { rows, unreadable };
}

/** A page's rows, validated: final values per table and id, and what could not be read. */
export interface PageRows {
  byTable: Map<TableName, Map<string, Row | null>>;
  unreadable: string[];
}

/**
 * Validated final values per table and id (the last change of an id in a page wins). The pull
 * reads each page as it arrives, while the page before it is still being written.
 */
export function readChanges(page: PullResponse): PageRows {
  const byTable = new Map<TableName, Map<string, Row | null>>();
  const unreadable: string[] = [];
  for (const change of page.changes) {
    if (!isTableName(change.table)) {
      unreadable.push(`${String(change.table)}/${change.id}: unknown table`);
      continue;
    }
    let row: Row | null = null;
    if (!change.deleted && change.row) {
      const checked = validateRow(change.table, change.row);
      if (!checked.ok) {
        unreadable.push(`${change.table}/${change.id}: ${checked.problems.join('; ')}`);
        continue;
      }
      row = checked.value as Row;
    }
    const table = byTable.get(change.table) ?? new Map<string, Row | null>();
    table.set(change.id, row);
    byTable.set(change.table, table);
  }
  return { byTable, unreadable };
}

export async function dropLocalCopy(db: FieldbookDb, pending: Map<string, OutboxEntry[]>, seen: PageChanges) {
  await Promise.all([...TABLE_NAMES.map((t) => db.table(t).clear()), db.accountSummaries.clear()]);
  for (const table of TABLE_NAMES) seen.tables.add(table);
  for (const entries of pending.values()) {
    const first = entries[0]!;
    const row = rebaseRow(undefined, entries, first.id);
    if (row) {
      await db.table(first.table).put(row);
      seen.touched.add(first.accountId);
    }
  }
}

async function applyTableChanges(
  db: FieldbookDb,
  table: TableName,
  changes: Map<string, Row | null>,
  pending: Map<string, OutboxEntry[]>,
  seen: PageChanges,
): Promise<number> {
  const ids = [...changes.keys()];
  const existing = (await db.table(table).bulkGet(ids)) as (Row | undefined)[];
  const puts: Row[] = [];
  const deletes: string[] = [];
  const accountOf = (row: Row) => accountIdOf(table, row as { id: string; accountId?: string });
  ids.forEach((id, i) => {
    const before = existing[i];
    const after = rebaseRow(changes.get(id) ?? undefined, pending.get(rowKey(table, id)) ?? [], id);
    const accounts = [before, after].filter((r): r is Row => r !== undefined).map(accountOf);
    if (affectsSummary(table, before, after ?? undefined)) for (const a of accounts) seen.touched.add(a);
    for (const a of accounts) seen.changed.add(a);
    if (after) puts.push(after);
    else if (before) deletes.push(id);
  });
  await db.table(table).bulkPut(puts);
  await db.table(table).bulkDelete(deletes);
  if (puts.length + deletes.length > 0) seen.tables.add(table);
  return puts.length + deletes.length;
}

async function removeAccount(db: FieldbookDb, accountId: string, seen: PageChanges): Promise<number> {
  let removed = 0;
  for (const table of TABLE_NAMES) {
    if (table === 'accounts') continue;
    const count = await accountRows(db, table as ScopedTableName, accountId).delete();
    if (count > 0) seen.tables.add(table);
    removed += count;
  }
  if (await db.accounts.get(accountId)) {
    await db.accounts.delete(accountId);
    seen.tables.add('accounts');
    removed += 1;
  }
  if (removed > 0) seen.changed.add(accountId);
  return removed;
}

/** Rows that left the book by themselves; a removal for a row this laptop never had is ignored. */
async function removeRows(db: FieldbookDb, removed: readonly RemovedRow[], seen: PageChanges): Promise<number> {
  let count = 0;
  for (const { table, id } of removed) {
    if (!isTableName(table)) continue;
    const before = (await db.table(table).get(id)) as Row | undefined;
    if (!before) continue;
    await db.table(table).delete(id);
    const accountId = accountIdOf(table, before as { id: string; accountId?: string });
    if (affectsSummary(table, before, undefined)) seen.touched.add(accountId);
    seen.changed.add(accountId);
    seen.tables.add(table);
    count += 1;
  }
  return count;
}
