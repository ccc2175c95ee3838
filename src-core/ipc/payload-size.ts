/**
 * Estimates how many bytes a payload holds, stopping as soon as it passes `limit`, so an
 * oversized or deeply nested payload costs little to refuse. Strings count 2 bytes per UTF-16
 * unit (an upper bound of their UTF-8 size times two is not needed: this is a budget, not a
 * codec). Returns `Infinity` for shapes IPC should never carry (functions, cycles, too deep).
 */
const MAX_DEPTH = 32;

export function payloadBytes(value: unknown, limit: number): number {
  let total = 0;
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    if (v === null || v === undefined || typeof v === 'boolean') total += 1;
    else if (typeof v === 'number') total += 8;
    else if (typeof v === 'string') total += v.length * 2;
    else if (ArrayBuffer.isView(v)) total += v.byteLength;
    else if (v instanceof ArrayBuffer) total += v.byteLength;
    else if (typeof v === 'object') {
      if (seen.has(v)) return false;
      seen.add(v);
      const keys = Array.isArray(v) ? null : Object.keys(v);
      const count = keys ? keys.length : (v as unknown[]).length;
      for (let i = 0; i < count; i += 1) {
        const key = keys ? keys[i]! : i;
        total += keys ? String(key).length * 2 : 1;
        if (total > limit || !visit((v as Record<string | number, unknown>)[key], depth + 1)) return false;
      }
    } else return false;
    return total <= limit;
  };
  return visit(value, 0) ? total : Number.POSITIVE_INFINITY;
}
