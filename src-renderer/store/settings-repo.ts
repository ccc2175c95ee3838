import {
  applyOps,
  checkLayer,
  effectiveSettings,
  NO_LAYERS,
  opsForWanted,
  SETTINGS_KINDS,
  type EffectiveSettings,
  type LayerOp,
  type SettingsKind,
  type SettingsLayers,
} from '../../src-core/user-settings';
import type { FieldbookDb } from './db';
import { StoreError, asStoreError } from './errors';
import type { CarryOver } from './settings-upgrade';
import type { SettingsEditEntry, StoreClock } from './types';

/**
 * The one repository of the CSM's settings, branding and playbooks on this laptop. A team server
 * book keeps the server's layers and an outbox of edits; what the screens see is the server's
 * layers with the pending edits on top (as rows are rebased). A demo or file book has no server:
 * its edits change its own layer directly.
 */
export const SETTINGS_WORDS: Record<SettingsKind, string> = {
  settings: 'targets and health settings',
  branding: 'deck branding',
  playbooks: 'playbooks',
};

/** What every screen and worker reads: the effective settings, branding and playbooks, and how they sync. */
export interface SettingsState extends EffectiveSettings {
  /** The team's layers and the CSM's own (pending edits included). */
  layers: SettingsLayers;
  /** Edits not yet accepted by the server, per kind. */
  pending: Record<SettingsKind, number>;
  /** Edits the server refused, kept until retried or discarded. */
  rejected: SettingsEditEntry[];
  /** A demo or file book: its settings stay on this laptop. */
  local: boolean;
  showCompPlan: boolean;
  carryOver: CarryOver | null;
}

export function settingsScope(db: FieldbookDb) {
  return [db.settingsLayers, db.settingsOutbox, db.meta];
}

async function isLocalBook(db: FieldbookDb): Promise<boolean> {
  const source = (await db.meta.get('bookSource'))?.value;
  return source === 'demo' || source === 'file';
}

/** The layers the screens see: the stored ones with every pending edit applied in order. */
export async function readLayers(db: FieldbookDb): Promise<{ layers: SettingsLayers; edits: SettingsEditEntry[] }> {
  const [records, edits] = await Promise.all([db.settingsLayers.toArray(), db.settingsOutbox.orderBy('seq').toArray()]);
  const layers = structuredClone(NO_LAYERS);
  for (const r of records) layers[r.kind][r.scope] = r.layer;
  for (const e of edits) {
    if (e.rejected) continue;
    layers[e.kind][e.scope] = applyOps(layers[e.kind][e.scope] ?? {}, e.ops);
  }
  return { layers, edits };
}

export async function readSettingsState(db: FieldbookDb): Promise<SettingsState> {
  return db.transaction('r', settingsScope(db), async () => {
    // Asked together: every screen's health waits on settings, and each request waits its turn
    // behind the book's larger reads while the app opens (four in a row took seconds on a busy laptop).
    const [{ layers, edits }, local, compPlanView, carryOver] = await Promise.all([
      readLayers(db),
      isLocalBook(db),
      db.meta.get('compPlanView'),
      db.meta.get('settingsCarryOver'),
    ]);
    const pending = Object.fromEntries(SETTINGS_KINDS.map((k) => [k, 0])) as Record<SettingsKind, number>;
    for (const e of edits) if (!e.rejected) pending[e.kind] += 1;
    return {
      ...effectiveSettings(layers),
      layers,
      pending,
      rejected: edits.filter((e) => e.rejected),
      local,
      showCompPlan: compPlanView?.value === true,
      carryOver: (carryOver?.value as CarryOver | undefined) ?? null,
    };
  });
}

/**
 * Saves what the CSM wants for one kind: only the fields that differ from the team's values (or
 * the defaults) are kept as theirs, so everything else keeps following the team. Checked with the
 * server's own rules first, so an edit the server would refuse is refused here, in plain words.
 * Returns the number of fields changed (0: nothing to save).
 */
export async function saveSettingsKind(db: FieldbookDb, clock: StoreClock, kind: SettingsKind, wanted: unknown) {
  return writeOps(db, clock, kind, (layers) => opsForWanted(kind, layers[kind], wanted));
}

/** The CSM's own values for one kind are dropped: the team's (or the defaults) apply again. */
export async function resetSettingsKind(db: FieldbookDb, clock: StoreClock, kind: SettingsKind) {
  return writeOps(db, clock, kind, (layers) =>
    layers[kind].user && Object.keys(layers[kind].user!).length ? [{ path: [] }] : [],
  );
}

export async function writeOps(
  db: FieldbookDb,
  clock: StoreClock,
  kind: SettingsKind,
  opsOf: (layers: SettingsLayers) => LayerOp[],
): Promise<number> {
  try {
    return await db.transaction('rw', settingsScope(db), async () => {
      const { layers } = await readLayers(db);
      const written = await writeOpsIn(db, clock, kind, layers, opsOf(layers));
      if (typeof written === 'number') return written;
      const message = `The ${SETTINGS_WORDS[kind]} can't be saved: ${written.problems.join('; ')}.`;
      throw new StoreError('invalid', message, written.problems);
    });
  } catch (error) {
    throw asStoreError(error, `the ${SETTINGS_WORDS[kind]}`);
  }
}

/**
 * Inside a settings transaction: checks the CSM's layer after `ops` with the server's own rules
 * and writes it (local book) or queues the edit (team server book). Returns the number of fields
 * changed, or the problems and writes nothing.
 */
export async function writeOpsIn(
  db: FieldbookDb,
  clock: StoreClock,
  kind: SettingsKind,
  layers: SettingsLayers,
  ops: LayerOp[],
): Promise<number | { problems: string[] }> {
  if (ops.length === 0) return 0;
  const user = applyOps(layers[kind].user ?? {}, ops);
  const checked = checkLayer(kind, 'user', user, layers[kind].team);
  if (!checked.ok) return { problems: checked.problems };
  if (await isLocalBook(db)) {
    await db.settingsLayers.put({ id: `user:${kind}`, scope: 'user', kind, rev: 0, layer: user });
  } else {
    await db.settingsOutbox.add({ editId: clock.newId(), scope: 'user', kind, ops, createdAt: clock.now() });
  }
  return ops.length;
}

export async function writeCompPlanView(db: FieldbookDb, show: boolean): Promise<void> {
  await db.meta.put({ key: 'compPlanView', value: show });
}
