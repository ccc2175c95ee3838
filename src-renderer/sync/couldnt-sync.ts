import { TABLE_NAMES, validateRow } from '../../src-core/model';
import { changeLogScope, recordChange } from '../store/change-log';
import type { FieldbookDb } from '../store/db';
import { StoreError, invalidRow } from '../store/errors';
import { recomputeSummaries } from '../store/summaries';
import type { OutboxEntry, RejectedEntry, StoreClock } from '../store/types';
import { rebaseRow } from './rebase';

/**
 * The couldn't-sync list (RELIABILITY 5): mutations the server refused, kept with their payload
 * and reason until the CSM retries (optionally after editing), discards or exports them.
 */
export interface CouldntSyncList {
  listRejected(): Promise<RejectedEntry[]>;
  /** Queues the change again under a new mutation id (the server remembers the refused one). */
  retryRejected(mutationId: string, editedFields?: Record<string, unknown>): Promise<OutboxEntry>;
  discardRejected(mutationId: string): Promise<void>;
  /** Every refused change as a JSON document the CSM can keep or send to support. */
  exportRejected(): Promise<string>;
}

export const COULDNT_SYNC_FORMAT = 'fieldbook-couldnt-sync/1';

export function createCouldntSyncList(db: FieldbookDb, clock: StoreClock): CouldntSyncList {
  // In the order the CSM made the edits; the list is small, so sorting in memory is fine.
  const listRejected = async () => (await db.rejected.toArray()).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));

  async function retryRejected(mutationId: string, editedFields: Record<string, unknown> = {}): Promise<OutboxEntry> {
    const scope = [
      ...TABLE_NAMES.map((t) => db.table(t)),
      db.outbox,
      db.rejected,
      db.accountSummaries,
      ...changeLogScope(db),
    ];
    return db.transaction('rw', scope, async () => {
      const refused = await db.rejected.get(mutationId);
      if (!refused) throw new StoreError('not_found', 'That change is no longer in the couldn’t-sync list.');
      const { reason: _reason, message: _message, rejectedAt: _at, seq: _seq, ...mutation } = refused;
      const now = clock.now();
      const entry: OutboxEntry = {
        ...mutation,
        mutationId: clock.newId(),
        fields: { ...refused.fields, ...editedFields },
        createdAt: now,
      };
      const local = (await db.table(entry.table).get(entry.id)) as
        | ({ id: string } & Record<string, unknown>)
        | undefined;
      const after = rebaseRow(local, [entry], entry.id);
      if (after && entry.op !== 'delete') {
        const checked = validateRow(entry.table, { rev: 0, deleted: false, updatedAt: now, ...after });
        if (!checked.ok) throw invalidRow(entry.table, checked.problems);
        await db.table(entry.table).put(checked.value);
      }
      await db.outbox.add(entry);
      await db.rejected.delete(mutationId);
      await recomputeSummaries(db, [entry.accountId]);
      await recordChange(db, { tables: [entry.table, 'outbox', 'rejected'], accounts: [entry.accountId] });
      return entry;
    });
  }

  async function discardRejected(mutationId: string): Promise<void> {
    await db.transaction('rw', [db.rejected, ...changeLogScope(db)], async () => {
      await db.rejected.delete(mutationId);
      await recordChange(db, { tables: ['rejected'] });
    });
  }

  async function exportRejected(): Promise<string> {
    const entries = await listRejected();
    return JSON.stringify({ format: COULDNT_SYNC_FORMAT, exportedAt: clock.now(), entries }, null, 2);
  }

  return { listRejected, retryRejected, discardRejected, exportRejected };
}
