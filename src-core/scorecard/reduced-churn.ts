import type { Period } from '../time';
import type { RevenueMovement } from './book-value';
import { apportion, type FigureRow } from './figure-accounts';
import { monthsIn } from './retention';

/** One account's revenue in a period, for the reduced-churn bonus: its opening MRR and the revenue it lost. */
export interface ChurnPart {
  openingMrrCents: number;
  /** Contraction and churn MRR × the period's months. */
  lostCents: number;
}

/** From the account's revenue movement in the period, the one the retention figures read (`retentionPart`). */
export function churnPart(m: RevenueMovement, period: Period): ChurnPart {
  return { openingMrrCents: m.startMrrCents, lostCents: (m.contractionCents + m.churnCents) * monthsIn(period) };
}

/**
 * The reduced-churn bonus: rate × (allowance − revenue lost), never below zero. Per account: its
 * share of the allowance (by opening MRR, `apportion`), less the revenue it lost, is its `base`;
 * the bonus is shared in proportion to those, so an account that lost revenue shows a negative part.
 */
export function combineReducedChurn(
  parts: readonly { accountId: string; churn: ChurnPart }[],
  inputs: { revenueLostCents: number; revenueLostAllowanceCents: number },
  rate: number,
) {
  const allowances = apportion(
    inputs.revenueLostAllowanceCents,
    parts.map((p) => p.churn.openingMrrCents),
  );
  const bonusCents = Math.round(Math.max(0, inputs.revenueLostAllowanceCents - inputs.revenueLostCents) * rate);
  const behind = parts
    .map((p, i) => ({ accountId: p.accountId, ...p.churn, allowance: allowances[i]! }))
    .filter((m) => m.openingMrrCents > 0 || m.lostCents > 0);
  const shares = apportion(
    bonusCents,
    behind.map((m) => m.allowance - m.lostCents),
  );
  return {
    bonusCents,
    bonusRows: behind.map(
      (m, i): FigureRow => ({ accountId: m.accountId, base: m.allowance - m.lostCents, value: shares[i]! }),
    ),
    allowanceRows: behind
      .filter((m) => m.openingMrrCents > 0)
      .map((m): FigureRow => ({ accountId: m.accountId, base: m.openingMrrCents, value: m.allowance })),
  };
}
