import type { z } from 'zod';
import { isPlainObject, overlay, valueAt, type Layer } from './layers';

/** A layer with the name a CSM knows it by ("Your value", "Your team’s value"), for problem messages. */
export interface NamedLayer {
  name: string;
  layer: Layer | null;
}

export interface Resolved<T> {
  value: T;
  /** Values that could not be used, each said in plain words with what stands in. */
  problems: string[];
}

/**
 * Defaults, then each layer, checked with the one schema. A value the schema refuses (stored by
 * an older version, or a team value that no longer fits a CSM's own) is dropped from the highest
 * layer that set it and the one below shows through — field by field, never the whole document.
 * Fields a layer lacks (added by a newer version) come from the defaults.
 */
export function resolveLayers<T>(defaults: T, schema: z.ZodType<T>, layers: readonly NamedLayer[]): Resolved<T> {
  const working = layers.map((l) => ({ name: l.name, layer: l.layer ?? {} }));
  const problems: string[] = [];
  for (let attempt = 0; attempt <= 50; attempt++) {
    const parsed = schema.safeParse(overlay(defaults, ...working.map((l) => l.layer)));
    if (parsed.success) return { value: parsed.data, problems };
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const owner = [...working].reverse().find((l) => dropPoint(l.layer, path) !== null);
    if (!owner) break;
    owner.layer = withoutPath(owner.layer, dropPoint(owner.layer, path)!);
    problems.push(`${owner.name} for ${describePath(path)} (${issue.message}) is not used.`);
  }
  return { value: defaults, problems: [...problems, 'These settings could not be read, so the defaults are in use.'] };
}

/** The path to remove from a layer so that nothing it sets reaches `path` (or null when nothing does). */
function dropPoint(layer: Layer, path: readonly (string | number)[]): string[] | null {
  const keys: string[] = [];
  for (const segment of path) {
    if (typeof segment !== 'string') break;
    keys.push(segment);
    const value = valueAt(layer, keys);
    if (value === undefined) return null;
    if (!isPlainObject(value)) return keys;
  }
  return keys.length > 0 || Object.keys(layer).length > 0 ? keys : null;
}

function withoutPath(layer: Layer, path: string[]): Layer {
  if (path.length === 0) return {};
  const [key, ...rest] = path as [string, ...string[]];
  const { [key]: child, ...others } = layer;
  if (rest.length === 0 || !isPlainObject(child)) return others;
  const inner = withoutPath(child, rest);
  return Object.keys(inner).length > 0 ? { ...others, [key]: inner } : others;
}

/** `['health', 'bands']` → "health › bands". */
export function describePath(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join(' › ') : 'value';
}
