/**
 * The slide grid. Every position and size on a slide is a whole number of grid units; one
 * unit is 1/8 inch = 114,300 EMU, so whatever pptxgenjs converts to EMU stays an integer
 * (RELIABILITY 26) and nothing is placed by a magic inch value.
 * The 16:9 slide is 80 × 45 units (10 × 5.625 in).
 */
export const UNIT_IN = 1 / 8;
export const EMU_PER_UNIT = 114_300;
export const SLIDE = { w: 80, h: 45 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Regions of a content slide, in grid units. */
export const REGION = {
  margin: 4,
  title: { x: 4, y: 2, w: 60, h: 6 },
  logo: { x: 66, y: 2, w: 10, h: 5 },
  rule: { x: 4, y: 8, w: 72, h: 0 },
  body: { x: 4, y: 10, w: 72, h: 31 },
  /** The body when a commentary band sits below it. */
  bodyAboveCommentary: { x: 4, y: 10, w: 72, h: 25 },
  commentary: { x: 4, y: 36, w: 72, h: 5 },
  footer: { x: 4, y: 42, w: 72, h: 2 },
  gutter: 2,
} as const satisfies Record<string, Box | number>;

/** Grid units to inches, the unit pptxgenjs takes (exact: eighths are binary fractions). */
export function inches(units: number): number {
  if (!Number.isInteger(units)) throw new Error(`Grid value ${units} is not a whole number of units`);
  return units * UNIT_IN;
}

/** A grid box as pptxgenjs position options. */
export function place(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
}

/**
 * Splits a box into `count` side-by-side columns separated by `gutter` units. Widths are whole
 * units; the remainder goes to the last column so the columns fill the box exactly.
 */
export function splitColumns(box: Box, count: number, gutter: number = REGION.gutter): Box[] {
  const usable = box.w - gutter * (count - 1);
  const base = Math.floor(usable / count);
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + i * (base + gutter),
    y: box.y,
    w: i === count - 1 ? usable - base * (count - 1) : base,
    h: box.h,
  }));
}

/** Splits a box at `leftUnits` into a left and a right part with a gutter between them. */
export function splitAt(box: Box, leftUnits: number, gutter: number = REGION.gutter): [Box, Box] {
  return [
    { ...box, w: leftUnits },
    { ...box, x: box.x + leftUnits + gutter, w: box.w - leftUnits - gutter },
  ];
}

/**
 * Whole-unit column widths for a table `totalUnits` wide, proportional to `weights`.
 * Largest-remainder rounding keeps the sum exact.
 */
export function tableColumnUnits(weights: readonly number[], totalUnits: number): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(b, 0.0001), 0);
  const raw = weights.map((w) => (Math.max(w, 0.0001) / sum) * totalUnits);
  const units = raw.map((r) => Math.max(1, Math.floor(r)));
  let left = totalUnits - units.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) units[order[k]!.i]! += 1;
  for (let k = units.length - 1; left < 0 && k >= 0; k--) {
    while (left < 0 && units[k]! > 1) {
      units[k]! -= 1;
      left++;
    }
  }
  return units;
}
