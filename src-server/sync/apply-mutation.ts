import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { accountIdOf, validateRow, type TableName } from '../../src-core/model';
import {
  SERVER_OWNED_FIELDS,
  type Mutation,
  type MutationResult,
  type RejectReason,
} from '../../src-core/sync/protocol';
import { movedAwayFrom, recordRowMoves } from '../store/row-moves';
import { getRow, putRow, type StoredRow } from '../store/rows';
import { accountAccess } from '../store/scope';
import type { User } from '../store/users';
import type { WriteTx } from '../store/write-transaction';
import { isAccountDeleted, tombstoneChildren } from './account-delete';
import { foreignReference } from './references';
import { safeMessage } from './safe-message';

export interface PushContext {
  user: User;
  owners: string[] | null;
  clientId: string;
  now: string;
}

type Outcome = MutationResult;

function reject(m: Mutation, reason: RejectReason, message: string): Outcome {
  return { mutationId: m.mutationId, status: 'rejected', reason, message: safeMessage(message) };
}

/**
 * Applies one mutation inside the push's transaction, or says why not. Conflict rules:
 * - structured fields: last writer wins per field, in server order — a patch only touches the
 *   fields it names, and the server's order (not the clients' clocks) decides;
 * - note bodies are never overwritten silently (see `isNoteConflict`);
 * - delete wins over edit: once a row is deleted, an edit or upsert of it is rejected
 *   `not_found`, so the CSM sees the lost edit in "couldn't sync" instead of a resurrected row;
 *   once an account is deleted, so is every write under it.
 * Scope: a row outside the caller's book is `forbidden`, unless it was in their book and left it
 * (its account was reassigned, or the row itself moved to another account): `out_of_scope`.
 */
export async function applyMutation(tx: WriteTx, ctx: PushContext, m: Mutation): Promise<Outcome> {
  const owned = SERVER_OWNED_FIELDS.filter((f) => f in m.fields);
  if (owned.length > 0)
    return reject(m, 'forbidden', `${owned.join(', ')} ${owned.length > 1 ? 'are' : 'is'} set by the server`);
  if ('id' in m.fields && m.fields.id !== m.id)
    return reject(m, 'validation', 'fields.id differs from the mutation id');
  const current = await getRow(tx, m.table, m.id);
  if (current) {
    const denied = await denyAccount(tx, ctx, m, current.accountId, current.table);
    if (denied) return denied;
  }
  if (m.op === 'delete') return deleteRow(tx, ctx, m, current);
  if (current?.deleted) return reject(m, 'not_found', 'This was deleted on the server; deletes win over edits.');
  if (m.op === 'patch' && !current) return reject(m, 'not_found', 'There is no such row to change.');
  if (m.table === 'accounts' && !current && ctx.user.role === 'csm') {
    return reject(m, 'forbidden', 'Accounts are created by an admin or a lead.');
  }
  const merged: Record<string, unknown> = { ...(current?.data ?? {}), ...m.fields, id: m.id };
  const accountId = accountIdOf(m.table, merged as { id: string; accountId?: string });
  if (m.table !== 'accounts' && accountId !== current?.accountId) {
    if (typeof merged.accountId !== 'string') return reject(m, 'validation', 'accountId is missing');
    const denied = await denyAccount(tx, ctx, m, accountId);
    if (denied) return denied;
  }
  if (m.table !== 'accounts' && (await isAccountDeleted(tx, accountId)))
    return reject(m, 'not_found', 'This account was deleted on the server; deletes win over edits.');
  const reference = await foreignReference(tx, ctx.owners, m.table, m.fields);
  if (reference) return reject(m, 'forbidden', `${reference} names a row that is not in your book.`);
  // A write that changes nothing writes nothing: it must not make this client the author of
  // someone else's version (which would hide its next, differing note edit from `isNoteConflict`).
  if (current && changesNothing(m, current)) return { mutationId: m.mutationId, status: 'applied', rev: current.rev };
  if (m.table === 'notes' && current && isNoteConflict(ctx, m, current)) {
    return writeConflictCopy(tx, ctx, m, merged, current);
  }
  return writeRow(tx, ctx, m, merged, current);
}

/** Refuses a write to an account outside the caller's book; `row` set: the stored row's own table. */
async function denyAccount(
  tx: WriteTx,
  ctx: PushContext,
  m: Mutation,
  accountId: string,
  row?: TableName,
): Promise<Outcome | null> {
  const access = await accountAccess(tx, ctx.owners, accountId);
  if (access === 'in_scope') return null;
  if (access === 'moved_away') return reject(m, 'out_of_scope', 'This account is no longer in your book.');
  if (row && ctx.owners && (await movedAwayFrom(tx, ctx.owners, row, m.id)))
    return reject(m, 'out_of_scope', 'This was moved to an account that is not in your book.');
  return reject(m, 'forbidden', 'This account is not in your book.');
}

async function deleteRow(tx: WriteTx, ctx: PushContext, m: Mutation, current: StoredRow | null): Promise<Outcome> {
  if (!current) return reject(m, 'not_found', 'There is no such row to delete.');
  if (m.table === 'accounts' && ctx.user.role === 'csm')
    return reject(m, 'forbidden', 'Accounts are removed by an admin.');
  // Deleting twice is the same delete: the outcome a retry on another device expects.
  if (current.deleted) return { mutationId: m.mutationId, status: 'applied', rev: current.rev };
  const rev = tx.nextRev();
  const data = { ...current.data, rev, deleted: true, updatedAt: ctx.now };
  await putRow(tx, { ...current, rev, deleted: true, data, clientId: ctx.clientId }, ctx.now);
  if (m.table === 'accounts') await tombstoneChildren(tx, current.id, rev, ctx.clientId, ctx.now);
  return { mutationId: m.mutationId, status: 'applied', rev };
}

function changesNothing(m: Mutation, current: StoredRow): boolean {
  return Object.entries(m.fields).every(([field, value]) => isDeepStrictEqual(current.data[field], value));
}

/**
 * A note edit made from an older version than the server's, by a client that has not written
 * the newer version itself, whose body differs: someone else changed the note meanwhile.
 */
function isNoteConflict(ctx: PushContext, m: Mutation, current: StoredRow): boolean {
  if (m.baseRev === undefined || m.baseRev >= current.rev) return false;
  if (!('body' in m.fields) || m.fields.body === current.data.body) return false;
  return current.clientId !== ctx.clientId;
}

/** The incoming text is kept as a new note pointing at the one it lost to; the original stays. */
async function writeConflictCopy(
  tx: WriteTx,
  ctx: PushContext,
  m: Mutation,
  merged: Record<string, unknown>,
  current: StoredRow,
): Promise<Outcome> {
  const copy = { ...merged, id: randomUUID(), conflictOf: current.id };
  return writeRow(tx, ctx, m, copy, null);
}

async function writeRow(
  tx: WriteTx,
  ctx: PushContext,
  m: Mutation,
  merged: Record<string, unknown>,
  current: StoredRow | null,
): Promise<Outcome> {
  const rev = tx.nextRev();
  const row: Record<string, unknown> = { ...merged, rev, deleted: false, updatedAt: ctx.now };
  if (m.table === 'accounts') Object.assign(row, await ownerFields(tx, ctx, current));
  const checked = validateRow(m.table, row);
  if (!checked.ok) return reject(m, 'validation', checked.problems.join('; '));
  const id = row.id as string;
  const accountId = accountIdOf(m.table as TableName, row as { id: string; accountId?: string });
  if (m.table === 'accounts' && !current) {
    await tx.query('INSERT INTO account_owners (account_id, owner_id) VALUES ($1, $2)', [id, ctx.user.id]);
  }
  const data = checked.value as Record<string, unknown>;
  await putRow(tx, { table: m.table, id, accountId, rev, deleted: false, data, clientId: ctx.clientId }, ctx.now);
  if (current && current.accountId !== accountId)
    await recordRowMoves(tx, rev, [{ table: m.table, id, fromAccountId: current.accountId, toAccountId: accountId }]);
  return { mutationId: m.mutationId, status: 'applied', rev };
}

/** An account's owner fields always come from the server's ownership record. */
async function ownerFields(tx: WriteTx, ctx: PushContext, current: StoredRow | null) {
  if (!current) return { ownerId: ctx.user.id, ownerName: ctx.user.name };
  const [owner] = await tx.query<{ id: string; name: string }>(
    'SELECT u.id, u.name FROM account_owners o JOIN users u ON u.id = o.owner_id WHERE o.account_id = $1',
    [current.id],
  );
  return { ownerId: owner?.id ?? ctx.user.id, ownerName: owner?.name ?? ctx.user.name };
}
