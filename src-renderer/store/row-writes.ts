import { TABLE_NAMES, accountIdOf, validateRow, type RowOf, type TableName } from '../../src-core/model';
import { SERVER_OWNED_FIELDS, type Mutation } from '../../src-core/sync/protocol';
import { changeLogScope, recordChange } from './change-log';
import type { FieldbookDb } from './db';
import { StoreError, asStoreError, invalidRow, rowNotFound } from './errors';
import { recomputeSummaries } from './summaries';
import type { OutboxEntry, StoreClock } from './types';

/**
 * The one path of every synced write (STYLE 6): the row and its outbox entry are written in one
 * `rw` transaction with the account's summary, so after a crash both exist or neither does
 * (RELIABILITY 3, 24). Only Dexie is awaited inside the transaction.
 */

/** What a caller supplies for a new or replaced row: the server fills rev/deleted/updatedAt. */
export type RowDraft<T extends TableName> = Omit<RowOf<T>, 'id' | 'rev' | 'deleted' | 'updatedAt'> & { id?: string };
export type RowPatch<T extends TableName> = Partial<
  Omit<RowOf<T>, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'accountId'>
>;

type Fields = Record<string, unknown>;

export const SERVER_OWNED = new Set<string>(SERVER_OWNED_FIELDS);
/** Fields a patch can never change: identity, scope and the server's bookkeeping. */
const FIXED_FIELDS = new Set<string>([...SERVER_OWNED_FIELDS, 'id', 'accountId']);

/** Every table a synced write may touch: the rows, the outbox, the summaries and the change log. */
export function writeScope(db: FieldbookDb) {
  return [...TABLE_NAMES.map((t) => db.table(t)), db.outbox, db.accountSummaries, ...changeLogScope(db)];
}

/** The changed fields, or a function of the current row run inside the write's transaction. */
export type PatchInput<T extends TableName> = RowPatch<T> | ((current: RowOf<T>) => RowPatch<T>);

export interface RowWriter {
  upsertRow<T extends TableName>(table: T, draft: RowDraft<T>): Promise<RowOf<T>>;
  patchRow<T extends TableName>(table: T, id: string, fields: PatchInput<T>): Promise<RowOf<T>>;
  deleteRow<T extends TableName>(table: T, id: string): Promise<RowOf<T>>;
}

export function createRowWriter(db: FieldbookDb, clock: StoreClock): RowWriter {
  function outboxEntry(mutation: Omit<Mutation, 'mutationId'>, accountId: string, now: string): OutboxEntry {
    return { mutationId: clock.newId(), ...mutation, accountId, createdAt: now };
  }

  async function upsertRow<T extends TableName>(table: T, draft: RowDraft<T>): Promise<RowOf<T>> {
    const now = clock.now();
    const candidate = { ...draft, id: draft.id ?? clock.newId(), rev: 0, deleted: false, updatedAt: now };
    const checked = validateRow(table, candidate);
    if (!checked.ok) throw invalidRow(table, checked.problems);
    const row = checked.value;
    const accountId = accountIdOf(table, row);
    return guard(() =>
      db.transaction('rw', writeScope(db), async () => {
        const existing = await db.synced(table).get(row.id);
        if (table !== 'accounts' && !(await db.accounts.get(accountId))) throw rowNotFound('accounts');
        if (existing && accountIdOf(table, existing) !== accountId) {
          throw new StoreError('read_only_field', 'A row cannot be moved to another account.');
        }
        // Keep the revision the local copy is based on; the server assigns the next one.
        const saved = { ...row, rev: existing?.rev ?? 0 } as RowOf<T>;
        await db.synced(table).put(saved);
        const fields = omit(saved as Fields, SERVER_OWNED);
        await db.outbox.add(
          outboxEntry({ table, op: 'upsert', id: saved.id, fields, ...baseRevOf(existing) }, accountId, now),
        );
        await recomputeSummaries(db, [accountId]);
        await recordChange(db, { tables: [table, 'outbox'], accounts: [accountId] });
        return saved;
      }),
    );
  }

  async function patchRow<T extends TableName>(table: T, id: string, input: PatchInput<T>): Promise<RowOf<T>> {
    if (typeof input !== 'function') refuseFixedFields(input);
    return guard(() =>
      db.transaction('rw', writeScope(db), async () => {
        const existing = await db.synced(table).get(id);
        if (!existing) throw rowNotFound(table);
        const patch = typeof input === 'function' ? input(existing) : input;
        const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        refuseFixedFields(fields);
        const now = clock.now();
        const checked = validateRow(table, { ...existing, ...fields, updatedAt: now });
        if (!checked.ok) throw invalidRow(table, checked.problems);
        const changed = changedFields(existing as Fields, fields);
        if (Object.keys(changed).length === 0) return existing;
        const saved = checked.value;
        const accountId = accountIdOf(table, saved);
        await db.synced(table).put(saved);
        await db.outbox.add(
          outboxEntry({ table, op: 'patch', id, fields: changed, ...baseRevOf(existing) }, accountId, now),
        );
        await recomputeSummaries(db, [accountId]);
        await recordChange(db, { tables: [table, 'outbox'], accounts: [accountId] });
        return saved;
      }),
    );
  }

  async function deleteRow<T extends TableName>(table: T, id: string): Promise<RowOf<T>> {
    return guard(() =>
      db.transaction('rw', writeScope(db), async () => {
        const existing = await db.synced(table).get(id);
        if (!existing) throw rowNotFound(table);
        const accountId = accountIdOf(table, existing);
        await db.synced(table).delete(id);
        await db.outbox.add(
          outboxEntry({ table, op: 'delete', id, fields: {}, ...baseRevOf(existing) }, accountId, clock.now()),
        );
        await recomputeSummaries(db, [accountId]);
        await recordChange(db, { tables: [table, 'outbox'], accounts: [accountId] });
        return existing;
      }),
    );
  }

  return { upsertRow, patchRow, deleteRow };
}

function refuseFixedFields(fields: object): void {
  const fixed = Object.keys(fields).filter((k) => FIXED_FIELDS.has(k));
  if (fixed.length > 0) {
    throw new StoreError('read_only_field', `These fields can't be changed here: ${fixed.join(', ')}.`, fixed);
  }
}

/**
 * Every failure leaves the CSM with a StoreError: ours pass through, storage failures (disk
 * full, a broken database) are said in plain words. The transaction has rolled back either way.
 */
export async function guard<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    throw asStoreError(error);
  }
}

export function baseRevOf(existing: { rev: number } | undefined): { baseRev?: number } {
  return existing && existing.rev > 0 ? { baseRev: existing.rev } : {};
}

export function omit(row: Fields, keys: ReadonlySet<string>): Fields {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !keys.has(k)));
}

/** Only the fields whose value differs: a patch carries what the CSM changed, nothing more. */
export function changedFields(existing: Fields, fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => JSON.stringify(existing[k]) !== JSON.stringify(v)),
  );
}
