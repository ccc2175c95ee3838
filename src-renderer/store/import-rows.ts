import { sameRow, type PlannedWrite } from '../../src-core/crm';
import { accountIdOf, type AnyRow, type TableName } from '../../src-core/model';
import { recordChange } from './change-log';
import type { FieldbookDb } from './db';
import { StoreError } from './errors';
import { SERVER_OWNED, baseRevOf, changedFields, guard, omit, writeScope } from './row-writes';
import { recomputeSummaries } from './summaries';
import type { OutboxEntry, StoreClock } from './types';

/**
 * An import's writes (CRM rows, KPI series, export marks) into the local book like any other
 * edit: each row and its outbox entry (an upsert for a new row, a patch of the changed fields for
 * one the book had) in ONE transaction with the summaries, so the import lands whole or not at
 * all. A row the CSM changed after the preview stops the whole import: the preview is redone.
 */
export async function writeImport(db: FieldbookDb, clock: StoreClock, writes: readonly PlannedWrite[]) {
  if (writes.length === 0) return { written: 0, accounts: 0 };
  const tables = [...new Set(writes.map((w) => w.table))];
  return guard(() =>
    db.transaction('rw', writeScope(db), async () => {
      const now = clock.now();
      const rows = new Map<TableName, AnyRow[]>();
      const outbox: OutboxEntry[] = [];
      const touched = new Set<string>();
      for (const table of tables) {
        const mine = writes.filter((w) => w.table === table);
        const current = await db.synced(table).bulkGet(mine.map((w) => w.row.id));
        mine.forEach((w, i) => {
          const entry = entryFor(w, current[i], now, clock.newId());
          if (!entry) return;
          const list = rows.get(table) ?? [];
          list.push(entry.row);
          rows.set(table, list);
          outbox.push(entry.outbox);
          touched.add(entry.outbox.accountId);
        });
      }
      for (const [table, list] of rows) await db.synced(table).bulkPut(list);
      await db.outbox.bulkAdd(outbox);
      await recomputeSummaries(db, [...touched]);
      await recordChange(db, { tables: [...rows.keys(), 'outbox'], accounts: touched });
      return { written: outbox.length, accounts: touched.size };
    }),
  );
}

function entryFor(write: PlannedWrite, current: AnyRow | undefined, now: string, mutationId: string) {
  const { table } = write;
  if (write.before ? !current || !sameRow(write.before, current) : current) {
    throw new StoreError('stale', 'Your book changed since the preview (a sync or an edit). Preview the import again.');
  }
  const accountId = accountIdOf(table, write.row as { id: string; accountId?: string });
  // Keep the revision the local copy is based on; the server assigns the next one.
  const row = { ...write.row, rev: current?.rev ?? 0, updatedAt: now } as AnyRow;
  const base = { mutationId, table, id: row.id, accountId, createdAt: now, ...baseRevOf(current) };
  if (!current) {
    return { row, outbox: { ...base, op: 'upsert' as const, fields: omit(row as never, SERVER_OWNED) } };
  }
  const fields = changedFields(current as never, omit(row as never, SERVER_OWNED));
  if (Object.keys(fields).length === 0) return null;
  return { row, outbox: { ...base, op: 'patch' as const, fields } };
}
