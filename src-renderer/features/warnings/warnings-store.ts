import {
  reconcileWarnings,
  resolveWarning,
  snoozeWarning,
  type DetectedWarning,
  type EarlyWarning,
} from '../../../src-core/warnings';
import type { FieldbookDb } from '../../store/db';

/** A playbook the CSM ran from a warning, and the rows it created (they sync like any other). */
export interface PlaybookLink {
  playbookId: string;
  playbookName: string;
  ranAt: string;
  taskIds: string[];
  opportunityId: string | null;
}

/** A warning as kept on this laptop: the core's warning plus the playbooks run from it. */
export interface StoredWarning extends EarlyWarning {
  playbookRuns?: PlaybookLink[];
}

const same = (a: StoredWarning | undefined, b: StoredWarning) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings the stored inbox up to date with today's detection in one transaction, so a snooze or
 * resolve the CSM makes meanwhile is read here rather than overwritten. Writes only what changed.
 */
export async function reconcileStoredWarnings(
  db: FieldbookDb,
  fresh: readonly DetectedWarning[],
  now: string,
  newId: () => string,
  zone?: string,
): Promise<number> {
  return db.transaction('rw', db.warnings, async () => {
    const existing = (await db.warnings.toArray()) as StoredWarning[];
    const byId = new Map(existing.map((w) => [w.id, w]));
    const next = reconcileWarnings(existing, fresh, now, newId, zone) as StoredWarning[];
    const changed = next.filter((w) => !same(byId.get(w.id), w));
    if (changed.length) await db.warnings.bulkPut(changed);
    return changed.length;
  });
}

export async function listWarnings(db: FieldbookDb): Promise<StoredWarning[]> {
  return (await db.warnings.toArray()) as StoredWarning[];
}

async function update(
  db: FieldbookDb,
  id: string,
  change: (w: StoredWarning) => StoredWarning,
): Promise<StoredWarning> {
  return db.transaction('rw', db.warnings, async () => {
    const current = (await db.warnings.get(id)) as StoredWarning | undefined;
    if (!current) throw new Error('This warning is no longer in the inbox.');
    const next = change(current);
    await db.warnings.put(next);
    return next;
  });
}

export const snoozeStoredWarning = (db: FieldbookDb, id: string, until: string) =>
  update(db, id, (w) => ({ ...w, ...snoozeWarning(w, until) }));

export const resolveStoredWarning = (db: FieldbookDb, id: string, now: string) =>
  update(db, id, (w) => ({ ...w, ...resolveWarning(w, now) }));

export const linkPlaybookRun = (db: FieldbookDb, id: string, run: PlaybookLink) =>
  update(db, id, (w) => ({ ...w, playbookRuns: [...(w.playbookRuns ?? []), run] }));
