/**
 * The accounts behind a scorecard figure, produced by the same loop that computes the figure (one
 * owner: the list can never disagree with the number). How a figure reads its rows:
 * - money and counts (book value, churn, upsell, referrals…): the figure is the sum of `value`;
 * - shares (client retention, KPI hit rate, ROI validated…): `counted` rows ÷ all rows;
 * - means and percentiles (CSAT, response time, time to first value…): over `value`;
 * - NPS: one row per answer, `value` the 0–10 score.
 */
export interface FigureRow {
  accountId: string;
  /** The account's part of the figure in the figure's unit (cents, a count, minutes, a score). */
  value: number | null;
  /** For shares: whether the row is in the numerator (retained, on target, validated…). */
  counted?: boolean;
  /** What the row is when an account has several (a ticket, a goal, an answer's date, a month). */
  label?: string;
  /** For pay figures: what the row's part was worked out from (a deal's value, processes documented). */
  base?: number;
  /** For pay figures: the rate applied to `base`, so `value` reads as base × rate. */
  rate?: number;
}

export interface FigureAccount extends FigureRow {
  accountName: string;
}

/** Rows per figure key, as the metric modules return them. */
export type FigureRows<K extends string> = { [P in K]?: FigureRow[] };

/** A metric module's figures with the rows behind each. */
export type WithAccounts<T> = T & { accounts: FigureRows<Extract<keyof T, string>> };

/** Adds `row` to the figure's list, creating it on first use. */
export function pushRow<K extends string>(rows: FigureRows<K>, key: K, row: FigureRow): void {
  const list = rows[key];
  if (list) list.push(row);
  else rows[key] = [row];
}

/** Sums the rows' values per account (first appearance order): counts and money read best per account. */
export function perAccount(rows: readonly FigureRow[]): FigureRow[] {
  const out = new Map<string, FigureRow>();
  for (const r of rows) {
    const seen = out.get(r.accountId);
    if (seen) seen.value = (seen.value ?? 0) + (r.value ?? 0);
    else out.set(r.accountId, { accountId: r.accountId, value: r.value });
  }
  return [...out.values()];
}

/**
 * Splits whole cents `total` across rows in proportion to `weights` by largest remainder, so the
 * parts add up to `total` exactly (a book-level figure shown per account). Weights may be negative
 * (an account that used more than its share); all-zero weights give zero parts.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  // The epsilon keeps 2.9999999 (float noise) from flooring to 2.
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - parts[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  return parts;
}
