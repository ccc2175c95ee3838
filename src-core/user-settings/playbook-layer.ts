import { z } from 'zod';
import { id } from '../model/primitives';
import { playbookSchema, type Playbook } from '../playbooks/playbook-schema';
import { isPlainObject, opsBetween, sameJson, type Layer, type LayerOp } from './layers';
import type { NamedLayer, Resolved } from './resolve';

/**
 * Playbooks layer playbook by playbook: a layer names the playbooks it adds or edits (whole, by
 * id) and the ones it removes. So a team playbook the CSM never touched follows the team, one
 * they edited stays theirs, and one they removed stays removed.
 */
export const MAX_PLAYBOOKS = 100;

export const playbookLayerSchema = z
  .strictObject({
    edited: z.record(id, playbookSchema).optional(),
    removed: z.record(id, z.literal(true)).optional(),
  })
  .refine((l) => Object.entries(l.edited ?? {}).every(([key, p]) => p.id === key), {
    message: 'a playbook is filed under another playbook’s id',
  })
  .refine((l) => Object.keys(l.edited ?? {}).length <= MAX_PLAYBOOKS, {
    message: `holds more than ${MAX_PLAYBOOKS} playbooks`,
  });

export type PlaybookLayer = z.infer<typeof playbookLayerSchema>;

/** The list after one layer: edits replace in place, removals drop, new playbooks follow in the layer's order. */
function applyPlaybookLayer(list: Playbook[], layer: PlaybookLayer): Playbook[] {
  const edited = layer.edited ?? {};
  const removed = layer.removed ?? {};
  const kept = list.filter((p) => !removed[p.id]).map((p) => edited[p.id] ?? p);
  const known = new Set(list.map((p) => p.id));
  return [...kept, ...Object.values(edited).filter((p) => !known.has(p.id) && !removed[p.id])];
}

/**
 * The playbooks in force: the defaults, then each layer. A playbook a layer cannot use (stored
 * by an older version, damaged) is skipped with a problem; the rest of that layer still applies.
 */
export function resolvePlaybooks(defaults: Playbook[], layers: readonly NamedLayer[]): Resolved<Playbook[]> {
  const problems: string[] = [];
  let list = defaults;
  for (const { name, layer } of layers) {
    if (!layer) continue;
    const usable = usablePlaybookLayer(layer, name, problems);
    list = applyPlaybookLayer(list, usable);
  }
  return { value: list.slice(0, MAX_PLAYBOOKS), problems };
}

function usablePlaybookLayer(layer: Layer, name: string, problems: string[]): PlaybookLayer {
  const edited: Record<string, Playbook> = {};
  const removed: Record<string, true> = {};
  for (const [key, value] of Object.entries(isPlainObject(layer.edited) ? layer.edited : {})) {
    const parsed = playbookSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) edited[key] = parsed.data;
    else problems.push(`${name} for the playbook “${key}” could not be read, so it is not used.`);
  }
  for (const [key, value] of Object.entries(isPlainObject(layer.removed) ? layer.removed : {}))
    if (value === true) removed[key] = true;
  return { edited, removed };
}

/**
 * The ops that make the CSM's layer say "my playbooks are `wanted`" on top of `base` (the team's,
 * or the defaults): only what differs from the base is kept, so the rest follows the team.
 */
export function playbookOpsToward(base: Playbook[], current: Layer, wanted: Playbook[]): LayerOp[] {
  return opsBetween(current, playbookLayerOf(base, wanted), 2);
}

/** A whole list (a file, the editor's JSON) as a layer over `base`. */
export function playbookLayerOf(base: Playbook[], list: Playbook[]): Layer {
  const edited: Record<string, Playbook> = {};
  const removed: Record<string, true> = {};
  const baseById = new Map(base.map((p) => [p.id, p]));
  for (const p of list) if (!sameJson(baseById.get(p.id), p)) edited[p.id] = p;
  const ids = new Set(list.map((p) => p.id));
  for (const p of base) if (!ids.has(p.id)) removed[p.id] = true;
  return {
    ...(Object.keys(edited).length ? { edited } : {}),
    ...(Object.keys(removed).length ? { removed } : {}),
  };
}
