import type { AccountData } from '../health';
import type { Period } from '../time';
import { revenueMovement } from './book-value';

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

export function retentionMetrics(
  accounts: readonly AccountData[],
  period: Period,
  retentionTarget: number,
): RetentionMetrics {
  let start = 0,
    end = 0,
    expansion = 0,
    contraction = 0,
    churn = 0,
    added = 0,
    paying = 0,
    kept = 0;
  for (const a of accounts) {
    const m = revenueMovement(a.account, a.contracts, period.start, period.end);
    start += m.startMrrCents;
    end += m.endMrrCents;
    expansion += m.expansionCents;
    contraction += m.contractionCents;
    churn += m.churnCents;
    added += m.newCents;
    if (m.startMrrCents > 0) {
      paying++;
      if (m.endMrrCents > 0) kept++;
    }
  }
  const months = monthsIn(period);
  const rate = (n: number) => (start > 0 ? n / start : null);
  return {
    bookValueCents: end,
    startMrrCents: start,
    expansionCents: expansion,
    contractionCents: contraction,
    churnCents: churn,
    newBusinessCents: added,
    grr: rate(start - contraction - churn),
    nrr: rate(start + expansion - contraction - churn),
    churnRate: rate(churn),
    revenueLostCents: (contraction + churn) * months,
    revenueLostAllowanceCents: Math.round((1 - retentionTarget) * start * months),
    clientRetention: paying > 0 ? kept / paying : null,
  };
}
