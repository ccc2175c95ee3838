import type { Contract, Invoice } from '../../model';
import { formatMoney, formatPercent, roi, type Roi } from '../../metrics';
import { addDays, addMonths, type Period } from '../../time';
import type { ChartSlide } from '../types';
import { chartSpec } from './chart-data';
import type { GoalRow } from './goals';
import { notesText } from './notes';

export interface RoiWindow {
  start: string;
  end: string;
}

/** ROI is a yearly promise ("each year … attainment must exceed the investment"): the 12 months ending with the period. */
export function roiWindow(period: Period): RoiWindow {
  return { start: addMonths(addDays(period.end, 1), -12), end: period.end };
}

/**
 * What the client paid in the window: invoices issued in it when the book has invoices, else
 * each contract's monthly value for every month it ran in the window.
 */
export function investmentCents(
  invoices: readonly Invoice[],
  contracts: readonly Contract[],
  w: RoiWindow,
): { cents: number; from: 'invoices' | 'contracts' } {
  const billed = invoices.filter((i) => i.issuedAt >= w.start && i.issuedAt <= w.end);
  if (billed.length > 0) return { cents: billed.reduce((t, i) => t + i.amountCents, 0), from: 'invoices' };
  let cents = 0;
  for (let month = w.start; month <= w.end; month = addMonths(month, 1)) {
    for (const c of contracts) {
      const end = addMonths(c.startDate, c.termMonths);
      if (c.startDate <= month && month < end) cents += c.monthlyValueCents;
    }
  }
  return { cents, from: 'contracts' };
}

/** A goal contributes its value in proportion to how far it got (all of it once achieved). */
export function goalValueCents(row: GoalRow): number {
  if (row.attainment.achieved) return row.goal.valueCents;
  const share = Math.min(1, Math.max(0, row.attainment.progress ?? 0));
  return Math.round(row.goal.valueCents * share);
}

export function valueDeliveredCents(rows: readonly GoalRow[]): number {
  return rows.reduce((t, r) => t + goalValueCents(r), 0);
}

export function accountRoi(
  rows: readonly GoalRow[],
  invoices: readonly Invoice[],
  contracts: readonly Contract[],
  w: RoiWindow,
): Roi & { investmentFrom: 'invoices' | 'contracts' } {
  const inv = investmentCents(invoices, contracts, w);
  return { ...roi(valueDeliveredCents(rows), inv.cents), investmentFrom: inv.from };
}

export function roiSlide(rows: readonly GoalRow[], r: ReturnType<typeof accountRoi>, w: RoiWindow): ChartSlide {
  const chart = chartSpec(
    'bar',
    ['Value delivered', 'Investment'],
    [{ name: `${w.start} to ${w.end}`, values: [r.valueDeliveredCents / 100, r.investmentCents / 100] }],
    'money',
  );
  const { dropped: _dropped, leftOut: _leftOut, ...chartOnly } = chart;
  const goalLines = rows.slice(0, 4).map((row) => [row.goal.title, formatMoney(goalValueCents(row))]);
  return {
    key: 'roi',
    kind: 'chart',
    title: 'ROI: value delivered vs investment',
    optional: false,
    chart:
      r.valueDeliveredCents === 0 && r.investmentCents === 0
        ? { ...chartOnly, categories: [], series: [], emptyNote: 'No data for this period' }
        : chartOnly,
    table: {
      columns: ['Item', 'Amount'],
      widths: [3, 2],
      align: ['left', 'right'],
      rows: [
        ...goalLines,
        ['Value delivered', formatMoney(r.valueDeliveredCents)],
        ['Investment', formatMoney(r.investmentCents)],
        ['ROI', formatPercent(r.ratio)],
      ].slice(-8),
    },
    bullets: [],
    commentary: null,
    notes: notesText([
      `Window: the 12 months ${w.start} to ${w.end}.`,
      "Value delivered: each POWER goal's stated value to the client, counted in full when achieved and in proportion to its progress otherwise.",
      r.investmentFrom === 'invoices'
        ? 'Investment: invoices issued in the window.'
        : "Investment: the contract's monthly value for each month it ran in the window (no invoices in the book).",
      `ROI = value delivered ÷ investment = ${formatPercent(r.ratio)}; 100% means the client got back what they paid.`,
    ]),
  };
}
