import { BUDGET } from '../budgets';
import type { TableSlide, TableSpec } from '../types';

/**
 * A long table pages onto further slides rather than shrinking or running off the slide. Each
 * page repeats the header, and keys are `key-1`, `key-2`… so commentary can name a page.
 */
export function pageTable(
  base: { key: string; title: string; optional: boolean; notes: string },
  table: TableSpec,
  rowsPerPage: number = BUDGET.tableRowsPerSlide,
): TableSlide[] {
  const pages = Math.max(1, Math.ceil(table.rows.length / rowsPerPage));
  return Array.from({ length: pages }, (_, i) => ({
    key: pages === 1 ? base.key : `${base.key}-${i + 1}`,
    kind: 'table',
    title: base.title,
    optional: base.optional,
    notes: base.notes,
    commentary: null,
    table: { ...table, rows: table.rows.slice(i * rowsPerPage, (i + 1) * rowsPerPage) },
    pageLabel: pages === 1 ? null : `Page ${i + 1} of ${pages}`,
  }));
}
