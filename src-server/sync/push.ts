import { describeIssues } from '../../src-core/model';
import {
  mutationSchema,
  pushRequestSchema,
  type Mutation,
  type MutationResult,
  type PushResponse,
} from '../../src-core/sync/protocol';
import { canonicalJson } from '../../src-core/text/canonical-json';
import type { Db } from '../db/adapter';
import { sha256Hex } from '../store/hash';
import { isolateDataErrors } from '../store/savepoint';
import { visibleOwners } from '../store/scope';
import type { User } from '../store/users';
import { writeTransaction, type WriteTx } from '../store/write-transaction';
import { applyMutation, type PushContext } from './apply-mutation';
import { safeMessage } from './safe-message';

export type PushOutcome = { ok: true; response: PushResponse } | { ok: false; reason: string };

export type RejectionLogger = (
  result: Extract<MutationResult, { status: 'rejected' }>,
  detail: { table?: unknown; id?: unknown },
) => void;

/**
 * Applies a push in ONE transaction: a crash (or a lost connection) mid-batch leaves nothing of
 * it, and the retry applies it whole. Each mutation's result is stored under (user, mutation id)
 * in the same transaction, so a retried push — or the same push sent twice at once, which waits
 * on the revision lock — replays the stored results instead of applying anything twice.
 */
export async function push(
  db: Db,
  user: User,
  body: unknown,
  now: string,
  logRejection: RejectionLogger,
): Promise<PushOutcome> {
  const request = pushRequestSchema.safeParse(body);
  if (!request.success) return { ok: false, reason: safeMessage(describeIssues(request.error).join('; ')) };
  const { clientId, mutations } = request.data;
  const results = await writeTransaction(db, async (tx) => {
    const ctx: PushContext = { user, owners: await visibleOwners(tx, user), clientId, now };
    const out: MutationResult[] = [];
    for (const raw of mutations) {
      const result = await pushOne(tx, ctx, raw);
      if (result.status === 'rejected') logRejection(result, detailOf(raw));
      out.push(result);
    }
    return out;
  });
  return { ok: true, response: { results } };
}

async function pushOne(tx: WriteTx, ctx: PushContext, raw: unknown): Promise<MutationResult> {
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      mutationId: mutationIdOf(raw),
      status: 'rejected',
      reason: 'validation',
      message: safeMessage(describeIssues(parsed.error).join('; ')),
    };
  }
  const m = parsed.data;
  const payloadHash = payloadHashOf(m);
  const [prior] = await tx.query<{ result: MutationResult; payload_hash: string | null }>(
    'SELECT result, payload_hash FROM mutations WHERE user_id = $1 AND mutation_id = $2',
    [ctx.user.id, m.mutationId],
  );
  // Results stored before payloads were hashed (null) can only be replayed.
  if (prior && prior.payload_hash !== null && prior.payload_hash !== payloadHash) return reusedId(m);
  if (prior) return replay(prior.result);
  const result = await isolateDataErrors(
    tx,
    () => applyMutation(tx, ctx, m),
    (): MutationResult => ({
      mutationId: m.mutationId,
      status: 'rejected',
      reason: 'validation',
      message: 'The server cannot store this value.',
    }),
  );
  await tx.query(
    'INSERT INTO mutations (user_id, mutation_id, client_id, result, payload_hash) VALUES ($1, $2, $3, $4::jsonb, $5)',
    [ctx.user.id, m.mutationId, ctx.clientId, JSON.stringify(result), payloadHash],
  );
  return result;
}

/** What a mutation asks for, whatever order its fields came in: a retry hashes the same. */
function payloadHashOf(m: Mutation): string {
  return sha256Hex(canonicalJson({ table: m.table, op: m.op, id: m.id, fields: m.fields, baseRev: m.baseRev ?? null }));
}

/**
 * A mutation id already used for a different change: answering `duplicate` would tell the client
 * a change was saved that never was. It is refused (and not stored): the first use stands.
 */
function reusedId(m: Mutation): MutationResult {
  return {
    mutationId: m.mutationId,
    status: 'rejected',
    reason: 'validation',
    message: 'This change reused the id of a different change, so it was not saved.',
  };
}

/** A mutation seen before: `duplicate` with its revision, or the same rejection again. */
function replay(stored: MutationResult): MutationResult {
  return stored.status === 'applied' ? { ...stored, status: 'duplicate' } : stored;
}

function mutationIdOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { mutationId?: unknown }).mutationId : undefined;
  return typeof id === 'string' ? safeMessage(id, 100) : '';
}

function detailOf(raw: unknown): { table?: unknown; id?: unknown } {
  if (typeof raw !== 'object' || raw === null) return {};
  const { table, id } = raw as { table?: unknown; id?: unknown };
  return {
    table: typeof table === 'string' ? table.slice(0, 64) : undefined,
    id: typeof id === 'string' ? id.slice(0, 100) : undefined,
  };
}
