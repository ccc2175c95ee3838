/**
 * A layer is the sparse JSON of the values one source sets: the team's (an admin's) or the
 * CSM's own. The effective value is the defaults, then the team layer, then the user layer, each
 * replacing the one below field by field. Layers change only by ops, so two laptops editing
 * different fields offline both keep their field (last writer wins per field, in server order).
 */
export type Layer = Record<string, unknown>;

/** Sets `value` at `path`; without `value` it removes what is there. `path: []` clears the layer. */
export interface LayerOp {
  path: string[];
  value?: unknown;
}

/** Path segments that could reach an object's prototype are never followed. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Structural equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

/**
 * `base` with each layer on top: plain objects merge key by key, anything else (a number, a
 * list, null) replaces. Keys the base does not have are ignored, so a layer written by a newer
 * version of the app (with fields this one does not know) still loads here.
 */
export function overlay<T>(base: T, ...layers: (Layer | null | undefined)[]): T {
  let out: unknown = base;
  for (const layer of layers) if (layer) out = overlayOne(out, layer);
  return out as T;
}

function overlayOne(base: unknown, layer: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(layer)) return layer;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (!Object.hasOwn(base, key) || FORBIDDEN_SEGMENTS.has(key)) continue;
    out[key] = overlayOne(base[key], value);
  }
  return out;
}

/** The layer after the ops, in order; the input is not changed. Empty objects left behind are pruned. */
export function applyOps(layer: Layer, ops: readonly LayerOp[]): Layer {
  let out: Layer = structuredClone(layer);
  for (const op of ops) {
    if (op.path.length === 0) {
      out = op.value === undefined ? {} : isPlainObject(op.value) ? structuredClone(op.value) : out;
      continue;
    }
    out = setAt(out, op.path, op.value === undefined ? undefined : structuredClone(op.value));
  }
  return out;
}

function setAt(node: Layer, path: readonly string[], value: unknown): Layer {
  const [key, ...rest] = path as [string, ...string[]];
  if (FORBIDDEN_SEGMENTS.has(key)) return node;
  const out: Layer = { ...node };
  if (rest.length === 0) {
    if (value === undefined) delete out[key];
    else out[key] = value;
    return out;
  }
  const child = setAt(isPlainObject(out[key]) ? (out[key] as Layer) : {}, rest, value);
  if (Object.keys(child).length === 0) delete out[key];
  else out[key] = child;
  return out;
}

/** The value at `path`, or undefined. */
export function valueAt(node: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = node;
  for (const key of path) {
    if (!isPlainObject(at) && !Array.isArray(at)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** Every leaf path of a layer: the paths of values that are not plain objects, up to `depth`. */
export function leafPaths(layer: unknown, depth = Number.POSITIVE_INFINITY, prefix: string[] = []): string[][] {
  if (!isPlainObject(layer) || prefix.length >= depth) return prefix.length > 0 ? [prefix] : [];
  return Object.entries(layer).flatMap(([k, v]) => leafPaths(v, depth, [...prefix, k]));
}

/**
 * The ops that make `current` (the CSM's layer) hold exactly the fields where `wanted` differs
 * from `base` (what the CSM would see without a layer): a field set back to the team's value
 * follows the team again. Leaves are the base's non-object values, or the fields at `depth`.
 */
export function opsToward(base: unknown, current: Layer, wanted: unknown, depth = Number.POSITIVE_INFINITY): LayerOp[] {
  const ops: LayerOp[] = [];
  for (const path of leafPaths(base, depth)) {
    const want = valueAt(wanted, path);
    if (want === undefined) continue;
    const mine = valueAt(current, path);
    if (sameJson(want, valueAt(base, path))) {
      if (mine !== undefined) ops.push({ path });
    } else if (!sameJson(want, mine)) {
      ops.push({ path, value: want });
    }
  }
  return ops;
}

/** The ops that turn `current` into `target`, leaf by leaf (leaves at `depth` or the first non-object). */
export function opsBetween(current: Layer, target: Layer, depth = Number.POSITIVE_INFINITY): LayerOp[] {
  const seen = new Set<string>();
  const ops: LayerOp[] = [];
  for (const path of [...leafPaths(target, depth), ...leafPaths(current, depth)]) {
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const want = valueAt(target, path);
    if (sameJson(want, valueAt(current, path))) continue;
    ops.push(want === undefined ? { path } : { path, value: want });
  }
  return ops;
}
