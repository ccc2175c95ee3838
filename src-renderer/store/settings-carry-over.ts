import {
  applyOps,
  effectiveSettings,
  FIELD_DEPTH,
  leafPaths,
  sameJson,
  valueAt,
  type LayerOp,
  type SettingsKind,
  type SettingsLayers,
} from '../../src-core/user-settings';
import type { FieldbookDb } from './db';
import { StoreError } from './errors';
import { readLayers, settingsScope, writeOpsIn } from './settings-repo';
import type { CarryOver } from './settings-upgrade';
import type { StoreClock } from './types';

/**
 * A CSM who tuned targets, branding or playbooks in the demo book (or an imported book) and then
 * signs in to a team server keeps them: at the first sign-in the open book's own values are kept
 * in the new book, and after its first settings sync they become the CSM's own on the server —
 * at once where the server had none of theirs, by the CSM's choice (Settings) where it had. The
 * local book itself is left as it was, so nothing is lost either way.
 */
export async function offerCarryOver(from: FieldbookDb | null, to: FieldbookDb): Promise<void> {
  if (!from || from === to || !from.isOpen()) return;
  const source = (await from.meta.get('bookSource'))?.value;
  if (source !== 'demo' && source !== 'file') return;
  const { layers } = await readLayers(from);
  const own: CarryOver['layers'] = {};
  for (const kind of Object.keys(layers) as SettingsKind[]) {
    const layer = layers[kind].user;
    if (layer && Object.keys(layer).length > 0) own[kind] = layer;
  }
  if (Object.keys(own).length === 0 || (await to.meta.get('settingsCarryOver'))) return;
  await to.meta.put({ key: 'settingsCarryOver', value: { from: source, layers: own, ask: [], checked: false } });
}

/**
 * The fields the CSM set in the local book, as ops on their own layer: those fields win, the rest
 * of their values (and the team's) stay — the same field-by-field rule as every other edit.
 */
function carriedOps(offer: CarryOver, kind: SettingsKind): LayerOp[] {
  const layer = offer.layers[kind] ?? {};
  return leafPaths(layer, FIELD_DEPTH[kind]).map((path) => ({ path, value: valueAt(layer, path) }));
}

/** Whether the carried fields would change anything the CSM sees now. */
function changesAnything(layers: SettingsLayers, kind: SettingsKind, ops: LayerOp[]): boolean {
  const now = effectiveSettings(layers)[kind];
  const after = effectiveSettings({
    ...layers,
    [kind]: { ...layers[kind], user: applyOps(layers[kind].user ?? {}, ops) },
  })[kind];
  return !sameJson(now, after);
}

/**
 * Run after a settings sync: kinds the server held nothing of the CSM's own for are queued as
 * their edits; kinds where it did and the values differ wait for the CSM. True when edits were queued.
 */
export async function resolveCarryOver(db: FieldbookDb, clock: StoreClock): Promise<boolean> {
  return db.transaction('rw', settingsScope(db), async () => {
    const offer = (await db.meta.get('settingsCarryOver'))?.value as CarryOver | undefined;
    if (!offer || offer.checked) return false;
    const { layers } = await readLayers(db);
    const ask: SettingsKind[] = [];
    let queued = false;
    for (const kind of Object.keys(offer.layers) as SettingsKind[]) {
      const ops = carriedOps(offer, kind);
      if (!changesAnything(layers, kind, ops)) continue;
      const serverHasOwn = Object.keys(layers[kind].user ?? {}).length > 0;
      // A value the team's rules now refuse is not forced in: the CSM is asked instead.
      const written = serverHasOwn ? 0 : await writeOpsIn(db, clock, kind, layers, ops);
      if (typeof written === 'number' && written > 0) queued = true;
      else ask.push(kind);
    }
    await db.meta.put({ key: 'settingsCarryOver', value: { ...offer, ask, checked: true } });
    return queued;
  });
}

/** The CSM chose: use the local book's values for `kind` (field by field over their own), or keep the server's. */
export async function answerCarryOver(db: FieldbookDb, clock: StoreClock, kind: SettingsKind, use: boolean) {
  await db.transaction('rw', settingsScope(db), async () => {
    const offer = (await db.meta.get('settingsCarryOver'))?.value as CarryOver | undefined;
    if (!offer) return;
    if (use) {
      const { layers } = await readLayers(db);
      const written = await writeOpsIn(db, clock, kind, layers, carriedOps(offer, kind));
      if (typeof written !== 'number')
        throw new StoreError('invalid', `These values can't be used: ${written.problems.join('; ')}.`);
    }
    await db.meta.put({ key: 'settingsCarryOver', value: { ...offer, ask: offer.ask.filter((k) => k !== kind) } });
  });
}

export async function dismissCarryOver(db: FieldbookDb): Promise<void> {
  await db.meta.delete('settingsCarryOver');
}

/** A refused edit queued again under a new id (the server remembers the refused one). */
export async function retrySettingsEdit(db: FieldbookDb, clock: StoreClock, editId: string): Promise<void> {
  await db.transaction('rw', db.settingsOutbox, async () => {
    const entry = await db.settingsOutbox.where('editId').equals(editId).first();
    if (!entry) return;
    const { seq: _seq, rejected: _rejected, ...edit } = entry;
    await db.settingsOutbox.delete(entry.seq!);
    await db.settingsOutbox.add({ ...edit, editId: clock.newId(), createdAt: clock.now() });
  });
}

export async function discardSettingsEdit(db: FieldbookDb, editId: string): Promise<void> {
  await db.settingsOutbox.where('editId').equals(editId).delete();
}
