import { describeIssues } from '../../src-core/model';
import {
  settingsEditSchema,
  settingsPushSchema,
  type SettingsEdit,
  type SettingsEditResult,
  type SettingsPushResponse,
} from '../../src-core/sync/settings-protocol';
import { applyOps, checkLayer } from '../../src-core/user-settings';
import type { Db } from '../db/adapter';
import type { User } from '../store/users';
import { isolateDataErrors } from '../store/savepoint';
import { writeTransaction, type WriteTx } from '../store/write-transaction';
import { safeMessage } from '../sync/safe-message';
import { readLayer, writeLayer } from './settings-layers';

export type SettingsPushOutcome = { ok: true; response: SettingsPushResponse } | { ok: false; reason: string };

export type SettingsRejectionLogger = (result: Extract<SettingsEditResult, { status: 'rejected' }>) => void;

/**
 * Applies settings edits like `/v1/push` applies mutations: in one transaction, each at most once
 * (its result is kept under the user and its `editId`, in the same table as mutation results, so a
 * retry replays it), each accepted or rejected on its own. The conflict rule is the rows' rule:
 * an edit names only the fields it changes, so the last writer wins per field, in server order.
 */
export async function pushSettings(
  db: Db,
  user: User,
  body: unknown,
  now: string,
  logRejection: SettingsRejectionLogger,
): Promise<SettingsPushOutcome> {
  const request = settingsPushSchema.safeParse(body);
  if (!request.success) return { ok: false, reason: safeMessage(describeIssues(request.error).join('; ')) };
  const { clientId, edits } = request.data;
  const results = await writeTransaction(db, async (tx) => {
    const out: SettingsEditResult[] = [];
    for (const raw of edits) {
      const result = await pushOne(tx, user, clientId, raw, now);
      if (result.status === 'rejected') logRejection(result);
      out.push(result);
    }
    return out;
  });
  return { ok: true, response: { results } };
}

async function pushOne(tx: WriteTx, user: User, clientId: string, raw: unknown, now: string) {
  const parsed = settingsEditSchema.safeParse(raw);
  if (!parsed.success) return reject(editIdOf(raw), 'validation', describeIssues(parsed.error).join('; '));
  const edit = parsed.data;
  const [prior] = await tx.query<{ result: SettingsEditResult }>(
    'SELECT result FROM mutations WHERE user_id = $1 AND mutation_id = $2',
    [user.id, resultKey(edit.editId)],
  );
  if (prior)
    return prior.result.status === 'applied' ? { ...prior.result, status: 'duplicate' as const } : prior.result;
  const result = await isolateDataErrors(
    tx,
    () => applyEdit(tx, user, edit, now),
    () => reject(edit.editId, 'validation', 'The server cannot store this value.'),
  );
  await tx.query('INSERT INTO mutations (user_id, mutation_id, client_id, result) VALUES ($1, $2, $3, $4::jsonb)', [
    user.id,
    resultKey(edit.editId),
    clientId,
    JSON.stringify(result),
  ]);
  return result;
}

/** Settings edits keep their results apart from row mutations: an edit id can never replay a row's result. */
const resultKey = (editId: string) => `settings:${editId}`;

async function applyEdit(tx: WriteTx, user: User, edit: SettingsEdit, now: string): Promise<SettingsEditResult> {
  if (edit.scope === 'team' && user.role !== 'admin')
    return reject(edit.editId, 'forbidden', 'Only an admin sets values for the whole team.');
  const current = (await readLayer(tx, edit.scope, user.id, edit.kind)) ?? {};
  const team = edit.scope === 'user' ? await readLayer(tx, 'team', '', edit.kind) : null;
  const checked = checkLayer(edit.kind, edit.scope, applyOps(current, edit.ops), team);
  if (!checked.ok) return reject(edit.editId, 'validation', `${edit.kind}: ${checked.problems.join('; ')}`);
  const rev = await writeLayer(tx, { scope: edit.scope, userId: user.id, kind: edit.kind, layer: checked.layer, now });
  return { editId: edit.editId, status: 'applied', rev };
}

function reject(
  editId: string,
  reason: 'validation' | 'forbidden',
  message: string,
): Extract<SettingsEditResult, { status: 'rejected' }> {
  return { editId, status: 'rejected', reason, message: safeMessage(message) };
}

function editIdOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { editId?: unknown }).editId : undefined;
  return typeof id === 'string' ? safeMessage(id, 100) : '';
}
