import type { AccountData } from '../health';
import type { Period } from '../time';
import { revenueMovement, type RevenueMovement } from './book-value';
import { pushRow, type FigureRows, type WithAccounts } from './figure-accounts';

export interface RetentionMetrics {
  /** Monthly recurring revenue of the book on the period's last day. */
  bookValueCents: number;
  /** The opening book: monthly recurring revenue at the close of the day before the period. */
  startMrrCents: number;
  expansionCents: number;
  contractionCents: number;
  churnCents: number;
  newBusinessCents: number;
  /** Gross revenue retention: (start − contraction − churn) ÷ start. Expansion never lifts it above 1. */
  grr: number | null;
  /** Net revenue retention: (start + expansion − contraction − churn) ÷ start. New clients are left out. */
  nrr: number | null;
  /** Churn as a share of book value: churned MRR ÷ starting MRR (target < 1%). */
  churnRate: number | null;
  /**
   * Revenue the book will not earn over a period of this length: lost MRR (contraction + churn) ×
   * months in the period. A run rate, so NOT additive: a quarter's is not the sum of its months'
   * (a July loss costs July, August and September). The SOP's "retain 97% of revenue per quarter"
   * compares it with the allowance below.
   */
  revenueLostCents: number;
  /** (1 − 97%) × starting MRR × months: a $100,000/month book may lose $9,000 in a quarter. */
  revenueLostAllowanceCents: number;
  /** Clients paying in the opening book still paying at the period's close ÷ clients paying in the opening book. */
  clientRetention: number | null;
}

export function monthsIn(period: Period): number {
  return period.kind === 'year' ? 12 : period.kind === 'quarter' ? 3 : 1;
}

/** One account's part of the revenue figures: how its MRR moved over the period. */
export function retentionPart(data: AccountData, period: Period): RevenueMovement {
  return revenueMovement(data.account, data.contracts, period.start, period.end);
}

/**
 * The book's revenue figures for the period, each with the accounts behind it: an account's MRR at
 * the close (book value), its retained MRR (GRR: start − contraction − churn; NRR adds expansion),
 * its churn, its loss × months, and for client retention every opening client, retained or lost.
 */
export function retentionMetrics(
  accounts: readonly AccountData[],
  period: Period,
  retentionTarget: number,
): WithAccounts<RetentionMetrics> {
  const parts = accounts.map((a) => ({ accountId: a.account.id, retention: retentionPart(a, period) }));
  return combineRetention(parts, period, retentionTarget);
}

/** The revenue figures from each account's movement (`retentionPart`), in the accounts' order. */
export function combineRetention(
  parts: readonly { accountId: string; retention: RevenueMovement }[],
  period: Period,
  retentionTarget: number,
): WithAccounts<RetentionMetrics> {
  const months = monthsIn(period);
  const t = { start: 0, end: 0, expansion: 0, contraction: 0, churn: 0, added: 0, paying: 0, kept: 0 };
  const rows: FigureRows<keyof RetentionMetrics> = {};
  for (const { accountId, retention: m } of parts) {
    t.start += m.startMrrCents;
    t.end += m.endMrrCents;
    t.expansion += m.expansionCents;
    t.contraction += m.contractionCents;
    t.churn += m.churnCents;
    t.added += m.newCents;
    if (m.startMrrCents > 0) {
      t.paying++;
      if (m.endMrrCents > 0) t.kept++;
    }
    accountRows(rows, accountId, m, months);
  }
  const rate = (n: number) => (t.start > 0 ? n / t.start : null);
  return {
    bookValueCents: t.end,
    startMrrCents: t.start,
    expansionCents: t.expansion,
    contractionCents: t.contraction,
    churnCents: t.churn,
    newBusinessCents: t.added,
    grr: rate(t.start - t.contraction - t.churn),
    nrr: rate(t.start + t.expansion - t.contraction - t.churn),
    churnRate: rate(t.churn),
    revenueLostCents: (t.contraction + t.churn) * months,
    revenueLostAllowanceCents: Math.round((1 - retentionTarget) * t.start * months),
    clientRetention: t.paying > 0 ? t.kept / t.paying : null,
    accounts: rows,
  };
}

/** One account's rows under each revenue figure it moved (accounts that did not move a figure are left out). */
function accountRows(
  rows: FigureRows<keyof RetentionMetrics>,
  accountId: string,
  m: RevenueMovement,
  months: number,
): void {
  const add = (key: keyof RetentionMetrics, value: number, when = value !== 0) => {
    if (when) pushRow(rows, key, { accountId, value });
  };
  const opening = m.startMrrCents > 0;
  add('bookValueCents', m.endMrrCents);
  add('startMrrCents', m.startMrrCents);
  add('expansionCents', m.expansionCents);
  add('contractionCents', m.contractionCents);
  add('churnCents', m.churnCents);
  add('newBusinessCents', m.newCents);
  add('grr', m.startMrrCents - m.contractionCents - m.churnCents, opening);
  add('nrr', m.startMrrCents + m.expansionCents - m.contractionCents - m.churnCents, opening);
  add('churnRate', m.churnCents);
  add('revenueLostCents', (m.contractionCents + m.churnCents) * months);
  if (opening) pushRow(rows, 'clientRetention', { accountId, value: m.endMrrCents, counted: m.endMrrCents > 0 });
}
