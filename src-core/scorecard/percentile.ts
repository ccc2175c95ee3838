/**
 * Nearest-rank percentile: the smallest value with at least p of the values at or below it.
 * [10, 20, 30, 40] → p50 = 20, p90 = 40. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}
