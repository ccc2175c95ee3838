/**
 * How much text each slot holds, in characters, at the theme's type sizes on the grid's boxes.
 * The spec cuts to these budgets so every slide fits without relying on autofit, which
 * PowerPoint applies only when a box is edited and LibreOffice not at all.
 */
export const BUDGET = {
  title: 44,
  coverTitle: 68,
  coverSubtitle: 90,
  commentary: 220,
  /** A full-width bullet list. */
  bullets: { items: 6, chars: 140 },
  /** Bullets below a row of stat cards. */
  bulletsUnderStats: { items: 4, chars: 130 },
  /** Bullets in the side panel of a chart slide. */
  side: { items: 5, chars: 80 },
  /** One of three columns. */
  column: { heading: 30, items: 4, chars: 90 },
  /** The same slots when a commentary band takes the foot of the slide. */
  withCommentary: {
    bullets: { items: 4, chars: 120 },
    bulletsUnderStats: { items: 2, chars: 110 },
    side: { items: 4, chars: 70 },
    column: { items: 3, chars: 70 },
  },
  stat: { label: 22, value: 12, detail: 48, maxCards: 4 },
  /** Table rows per slide before the table pages onto the next one. */
  tableRowsPerSlide: 10,
  sideTableRows: 8,
  cell: 60,
  chartLabel: 18,
  seriesName: 30,
  notes: 4_000,
} as const;

/** Characters that fit on one line of a table cell `units` grid units wide at 10 pt. */
export function cellBudget(units: number): number {
  // ~1.8 characters per unit at 10 pt, less the cell's 3 pt margins on each side.
  return Math.max(4, Math.floor((units - 0.7) * 1.8));
}
