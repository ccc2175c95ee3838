import {
  emptyMapping,
  parseImportMapping,
  planImport,
  readImportFiles,
  type ImportMapping,
  type ImportPlan,
} from '../../../src-core/crm';
import type { ImportFile } from '../../platform/platform';
import { getMeta, loadBookTables, setMeta, type FieldbookDb } from '../../store';
import { teamConnectionFor } from '../../session/team-connections';

/**
 * Import… in the app: the same core reader and planner the server's `admin import` uses, fed the
 * files the platform picked and planned against the local book. Nothing is written here: the
 * preview is the plan; `writeImport` (store) writes it when the CSM presses Import.
 */
export interface ImportContext {
  now: string;
  timeZone: string;
  /** The open book's user key: a team server's book knows who the CSM is. */
  userKey: string;
}

/** The CSM's saved mapping, or a fresh one when none was saved (or it no longer validates). */
export async function savedMapping(db: FieldbookDb): Promise<ImportMapping> {
  const stored = await getMeta(db, 'importMapping');
  if (stored === undefined) return emptyMapping();
  const checked = parseImportMapping(stored);
  return checked.ok ? checked.value : emptyMapping();
}

export async function saveMapping(db: FieldbookDb, mapping: ImportMapping): Promise<void> {
  await setMeta(db, 'importMapping', mapping);
}

async function pendingDeletes(db: FieldbookDb): Promise<Set<string>> {
  const deletes = await db.outbox.filter((m) => m.op === 'delete').toArray();
  return new Set(deletes.map((m) => `${m.table}:${m.id}`));
}

export async function previewImport(
  db: FieldbookDb,
  files: readonly ImportFile[],
  mapping: ImportMapping,
  context: ImportContext,
): Promise<ImportPlan> {
  const [book, source, tombstones] = await Promise.all([
    loadBookTables(db),
    getMeta(db, 'bookSource'),
    pendingDeletes(db),
  ]);
  const batch = await readImportFiles(files, { source: 'any', mapping, now: context.now, timeZone: context.timeZone });
  const me = source === 'server' ? teamConnectionFor(context.userKey)?.me : undefined;
  const someAccount = book.accounts[0];
  const owner = me ?? { id: someAccount?.ownerId ?? 'local', name: someAccount?.ownerName ?? '' };
  return planImport(batch, book, {
    now: context.now,
    owner: { id: owner.id, name: owner.name },
    // A CSM's team book gets new accounts from an admin or lead (the server refuses them from a laptop).
    canCreateAccounts: source !== 'server' || (me !== undefined && me.role !== 'csm'),
    tombstones,
    foreignAccounts: new Map(),
  });
}
