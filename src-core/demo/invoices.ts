import type { Invoice } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan, ContractTerm } from './account-plan';
import { scopedRow, type DemoContext } from './context';
import { monthRange } from './month-keys';

/** Net 15: the agency's standard payment terms. */
export const PAYMENT_TERMS_DAYS = 15;

/**
 * One invoice a month on the 1st for the contract then in force. Most clients pay within the
 * terms; slipping accounts pay late more often; planted accounts owe a past-due invoice.
 */
export function invoiceRows(ctx: DemoContext, plan: AccountPlan): Invoice[] {
  const { rng } = plan;
  const rows: Invoice[] = [];
  const from = plan.startedAt > ctx.historyStart ? plan.startedAt : ctx.historyStart;
  const end = plan.churnedAt ?? ctx.asOf;
  const lateRate = plan.flags.latePayer
    ? 0.5
    : plan.trajectory === 'declining'
      ? 0.25
      : plan.trajectory === 'flat'
        ? 0.12
        : 0.06;
  for (const month of monthRange(from, end)) {
    const issuedAt = `${month}-01` < plan.startedAt ? plan.startedAt : `${month}-01`;
    const term = termOn(plan.terms, issuedAt);
    if (!term || issuedAt > end) continue;
    const dueDate = addDays(issuedAt, PAYMENT_TERMS_DAYS);
    const late = rng.chance(lateRate);
    let paidAt: string | null = late
      ? addDays(dueDate, rng.int(3, 28))
      : addDays(issuedAt, rng.int(2, PAYMENT_TERMS_DAYS));
    // A payment still on its way past the due date would be an unplanned debtor: it arrived yesterday.
    if (paidAt > ctx.asOf) paidAt = dueDate < ctx.asOf ? addDays(ctx.asOf, -1) : null;
    rows.push({
      ...scopedRow(ctx, plan.id, paidAt ?? issuedAt),
      number: `INV-${month.replace('-', '')}-${String(plan.index + 1).padStart(4, '0')}`,
      issuedAt,
      dueDate,
      amountCents: term.valueCents,
      paidAt,
    });
  }
  if (plan.flags.unpaidPastDue) leaveRecentDueUnpaid(ctx, rows);
  return rows;
}

/** The contract in force on a date (the latest one once its renewal date has passed). */
function termOn(terms: readonly ContractTerm[], date: string): ContractTerm | undefined {
  const inForce = terms.find((t) => t.start <= date && date < t.renewal);
  const latest = terms[terms.length - 1];
  return inForce ?? (latest && date >= latest.start ? latest : undefined);
}

/** Days back from the book's today within which the planted debtor's invoices fell due unpaid. */
const DEBT_DAYS = 45;

/** The planted debtor has paid nothing that fell due in the last six weeks: one or two invoices. */
function leaveRecentDueUnpaid(ctx: DemoContext, rows: Invoice[]): void {
  const since = addDays(ctx.asOf, -DEBT_DAYS);
  for (const row of rows) {
    if (row.dueDate < since || row.dueDate >= ctx.asOf) continue;
    row.paidAt = null;
    row.updatedAt = `${row.issuedAt}T17:00:00.000Z`;
  }
}
