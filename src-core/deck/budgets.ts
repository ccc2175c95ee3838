import { textWidth } from './clean-text';
import { inches, type Box } from './grid';

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

/**
 * The largest whole-point size from `size` down to `min` at which `text` fits `box`, by estimate
 * (an average letter half an em wide, lines 1.2 em apart). The budgets are drawn for Fieldbook's
 * own boxes; an agency template's title placeholder may be smaller (a banner), and text that
 * overflows it would run over the template's design.
 */
export function fittingSize(text: string, box: Box, size: number, min: number): number {
  const width = inches(box.w) * 72;
  const height = inches(box.h) * 72;
  for (let s = size; s > min; s -= 1) if (linesAt(text, width / (s * 0.5)) * s * 1.2 <= height) return s;
  return min;
}

/** Lines `text` wraps to at `perLine` letters a line, breaking between words (inside one too long). */
function linesAt(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word);
    if (used > 0 && used + 1 + w <= perLine) {
      used += 1 + w;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.max(0, Math.ceil(w / perLine) - 1);
    used = w % perLine || Math.min(w, perLine);
  }
  return lines;
}
