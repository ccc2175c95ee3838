import { MAX_MUTATIONS_PER_PUSH, type Mutation, type MutationResult } from '../../src-core/sync/protocol';
import { changeLogScope, recordChange } from '../store/change-log';
import type { FieldbookDb } from '../store/db';
import type { ChangedTable, OutboxEntry, RejectedEntry } from '../store/types';
import type { SyncApi } from './api';
import { SyncError } from './errors';

/**
 * Pushes the outbox in write order, in bounded batches (RELIABILITY 10). Each batch's results
 * are settled in one transaction: applied and duplicate entries leave the outbox, rejected ones
 * move to the couldn't-sync list with their payload, so they never block those behind them
 * (RELIABILITY 5). A transient failure throws before anything is settled; the retry resends the
 * same mutation ids and the server answers `duplicate` for those it already applied (RELIABILITY 1).
 */

export interface PushSummary {
  applied: number;
  duplicate: number;
  rejected: number;
}

export interface PushOptions {
  clientId: string;
  now: () => string;
  batchSize?: number;
}

export const DEFAULT_PUSH_BATCH = 200;

export async function pushOutbox(db: FieldbookDb, api: SyncApi, options: PushOptions): Promise<PushSummary> {
  const size = Math.max(1, Math.min(options.batchSize ?? DEFAULT_PUSH_BATCH, MAX_MUTATIONS_PER_PUSH));
  const summary: PushSummary = { applied: 0, duplicate: 0, rejected: 0 };
  for (;;) {
    const batch = await db.outbox.orderBy('seq').limit(size).toArray();
    if (batch.length === 0) return summary;
    await pushBatch(db, api, batch, options, summary);
  }
}

async function pushBatch(
  db: FieldbookDb,
  api: SyncApi,
  batch: OutboxEntry[],
  options: PushOptions,
  summary: PushSummary,
): Promise<void> {
  let results: MutationResult[];
  try {
    results = (await api.push(options.clientId, batch.map(toMutation))).results;
  } catch (error) {
    if (!(error instanceof SyncError) || error.kind !== 'too_large') throw error;
    // 413: halve and retry, in order; a single mutation too large for the server is refused for good.
    if (batch.length === 1) {
      results = [
        {
          mutationId: batch[0]!.mutationId,
          status: 'rejected',
          reason: 'validation',
          message: 'This change is too large for the team server.',
        },
      ];
    } else {
      const half = Math.ceil(batch.length / 2);
      await pushBatch(db, api, batch.slice(0, half), options, summary);
      await pushBatch(db, api, batch.slice(half), options, summary);
      return;
    }
  }
  await settle(db, batch, results, options.now());
  for (const r of results) summary[r.status] += 1;
}

async function settle(db: FieldbookDb, batch: OutboxEntry[], results: MutationResult[], now: string): Promise<void> {
  const tables = new Set(batch.map((e) => db.table(e.table)));
  const scope = [db.outbox, db.rejected, db.accounts, ...tables, ...changeLogScope(db)];
  await db.transaction('rw', scope, async () => {
    const changed = new Set<ChangedTable>(['outbox']);
    const accounts = new Set<string>();
    for (const [i, result] of results.entries()) {
      const entry = batch[i]!;
      if (result.status === 'rejected') {
        await db.rejected.put(rejectedEntry(entry, result.reason, result.message, now));
        changed.add('rejected');
        if (await dropOrphan(db, entry)) {
          changed.add(entry.table);
          accounts.add(entry.accountId);
        }
      }
      await db.outbox.delete(entry.seq!);
    }
    await recordChange(db, { tables: changed, accounts });
  });
}

/**
 * A row created for an account that has since left the book would linger with no account to
 * show it under; its payload is safe in the couldn't-sync list, so the local copy goes.
 */
async function dropOrphan(db: FieldbookDb, entry: OutboxEntry): Promise<boolean> {
  if (entry.table === 'accounts' || (await db.accounts.get(entry.accountId))) return false;
  await db.table(entry.table).delete(entry.id);
  return true;
}

function rejectedEntry(entry: OutboxEntry, reason: string, message: string | undefined, now: string): RejectedEntry {
  return {
    ...entry,
    reason,
    message: message ?? REASON_WORDS[reason] ?? 'The team server refused this change.',
    rejectedAt: now,
  };
}

const REASON_WORDS: Record<string, string> = {
  validation: 'The team server found this change invalid.',
  out_of_scope: 'This account is no longer in your book, so the change could not be saved.',
  forbidden: 'You are not allowed to make this change.',
  not_found: 'The item was deleted on the team server before this change reached it.',
};

export function toMutation(entry: OutboxEntry): Mutation {
  const { mutationId, table, op, id, fields, baseRev } = entry;
  return { mutationId, table, op, id, fields, ...(baseRev === undefined ? {} : { baseRev }) };
}
