import type { SettingsEdit, SettingsEditResult } from '../../src-core/sync/settings-protocol';
import { applyOps } from '../../src-core/user-settings';
import type { FieldbookDb } from '../store/db';
import { resolveCarryOver } from '../store/settings-carry-over';
import { settingsScope } from '../store/settings-repo';
import type { SettingsEditEntry, StoreClock } from '../store/types';
import type { SyncApi } from './api';
import { SyncError } from './errors';

/**
 * Settings sync, run by the engine after the push and before the rows (a first sync shows health
 * by these settings as its pages land): send the settings outbox, then read the layers changed
 * since the last read. Edits go one per request, oldest first, each settled with the local
 * layer in one transaction, so a lost reply is resent under the same id and the server answers
 * `duplicate` (applied once). A refused edit stays, marked, for the CSM to retry or discard.
 * Returns how many layers changed on this laptop (the screens re-read when it is not 0).
 */
export async function syncSettings(db: FieldbookDb, api: SyncApi, clientId: string, clock: StoreClock) {
  try {
    await pushSettingsEdits(db, api, clientId, clock.now());
    let changed = await pullSettings(db, api);
    if (await resolveCarryOver(db, clock)) {
      await pushSettingsEdits(db, api, clientId, clock.now());
      changed += await pullSettings(db, api);
    }
    return changed;
  } catch (error) {
    // A team server from before settings synced: the rows still sync; the edits wait here.
    if (error instanceof SyncError && error.status === 404) return 0;
    throw error;
  }
}

async function pushSettingsEdits(db: FieldbookDb, api: SyncApi, clientId: string, now: string) {
  for (;;) {
    const next = (await db.settingsOutbox.orderBy('seq').toArray()).find((e) => !e.rejected);
    if (!next) return;
    let result: SettingsEditResult;
    try {
      [result] = (await api.pushSettings(clientId, [toEdit(next)])).results as [SettingsEditResult];
    } catch (error) {
      if (!(error instanceof SyncError) || error.kind !== 'too_large') throw error;
      result = {
        editId: next.editId,
        status: 'rejected',
        reason: 'validation',
        message: 'This change is too large for the team server.',
      };
    }
    await settle(db, next, result, now);
  }
}

/** Accepted: the edit leaves the outbox and its ops join the local copy of the layer (the pull brings the server's). */
async function settle(db: FieldbookDb, entry: SettingsEditEntry, result: SettingsEditResult, now: string) {
  await db.transaction('rw', settingsScope(db), async () => {
    if (result.status === 'rejected') {
      await db.settingsOutbox.update(entry.seq!, {
        rejected: { reason: result.reason, message: result.message, at: now },
      });
      return;
    }
    const id = `${entry.scope}:${entry.kind}`;
    const local = await db.settingsLayers.get(id);
    const layer = applyOps(local?.layer ?? {}, entry.ops);
    await db.settingsLayers.put({ id, scope: entry.scope, kind: entry.kind, rev: local?.rev ?? 0, layer });
    await db.settingsOutbox.delete(entry.seq!);
  });
}

/** Reads changed layers and the new revision in one transaction; a server behind this laptop (restored) is read whole. */
async function pullSettings(db: FieldbookDb, api: SyncApi): Promise<number> {
  const since = (await db.meta.get('settingsRev'))?.value as number | undefined;
  let reply = await api.settings(since ?? 0);
  const whole = since !== undefined && reply.rev < since;
  if (whole) reply = await api.settings(0);
  await db.transaction('rw', settingsScope(db), async () => {
    if (whole) await db.settingsLayers.clear();
    for (const doc of reply.layers) {
      const id = `${doc.scope}:${doc.kind}`;
      await db.settingsLayers.put({ id, scope: doc.scope, kind: doc.kind, rev: doc.rev, layer: doc.layer });
    }
    await db.meta.put({ key: 'settingsRev', value: reply.rev });
  });
  return reply.layers.length;
}

function toEdit(entry: SettingsEditEntry): SettingsEdit {
  const { editId, scope, kind, ops } = entry;
  return { editId, scope, kind, ops };
}
