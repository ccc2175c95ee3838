import { describe, expect, it } from 'vitest';
import { BUDGET, fittingSize } from '../../../src-core/deck/budgets';
import { defaultFrame } from '../../../src-core/deck/frame';

describe('title sizes fit the box they are drawn in', () => {
  const frame = defaultFrame();

  it('keeps the theme’s sizes in Fieldbook’s own boxes for titles as long as the budgets allow', () => {
    const longest = 'Bright Smiles Family & Cosmetic Dentistry of Austin — QBR Q3 2026';
    expect(longest.length).toBeLessThanOrEqual(BUDGET.coverTitle);
    expect(fittingSize(longest, frame.cover.title, 34, 18)).toBe(34);
    expect(fittingSize('x'.repeat(BUDGET.title), frame.title, 22, 14)).toBe(22);
    expect(fittingSize('Revenue attributed: Q3 2026 vs Q2 2026', frame.title, 22, 14)).toBe(22);
  });

  it('shrinks a cover title that two lines at 34 pt would push out of a template’s banner', () => {
    // LibreOffice's Metropolis: the title placeholder is a banner 5.8 × 0.79 in (46 × 6 grid units).
    const banner = { x: 20, y: 2, w: 46, h: 6 };
    const title = 'Ridgeline Heating & Air — QBR Q3 2026';
    const size = fittingSize(title, banner, 34, 18);
    expect(size).toBeLessThan(34);
    expect(size).toBeGreaterThanOrEqual(18);
    // At that size the title fits on two lines of the banner: 2 × 1.2 em ≤ 0.75 in.
    expect(2 * size * 1.2).toBeLessThanOrEqual(0.75 * 72);
  });

  it('never goes below the smallest size, however long the text', () => {
    expect(fittingSize('word '.repeat(200), { x: 0, y: 0, w: 10, h: 2 }, 34, 18)).toBe(18);
    expect(fittingSize('x'.repeat(500), { x: 0, y: 0, w: 10, h: 2 }, 22, 14)).toBe(14);
  });
});
