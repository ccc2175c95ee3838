import { describe, expect, it } from 'vitest';
import {
  EMU_PER_UNIT,
  REGION,
  SLIDE,
  inches,
  splitAt,
  splitColumns,
  tableColumnUnits,
} from '../../../src-core/deck/grid';

describe('slide grid', () => {
  it('is 80 × 45 units of 1/8 inch: a 16:9 slide in whole EMU', () => {
    expect(inches(SLIDE.w) * 914_400).toBe(9_144_000);
    expect(inches(SLIDE.h) * 914_400).toBe(5_143_500);
    expect(EMU_PER_UNIT).toBe(914_400 / 8);
    expect(() => inches(1.5)).toThrow('not a whole number');
  });

  it('splits boxes into whole units that fill them exactly', () => {
    const cols = splitColumns(REGION.body, 3);
    expect(cols.map((c) => c.w)).toEqual([22, 22, 24]);
    expect(cols[2]!.x + cols[2]!.w).toBe(REGION.body.x + REGION.body.w);
    const [left, right] = splitAt(REGION.body, 44);
    expect([left.w, right.x, right.w]).toEqual([44, 50, 26]);
  });

  it('gives table columns whole units that sum to the table width', () => {
    for (const weights of [[5, 2, 2, 2, 2, 2.2, 2.2], [1], [3, 2], [0, 0, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]) {
      const units = tableColumnUnits(weights, 72);
      expect(units.reduce((a, b) => a + b, 0)).toBe(72);
      expect(units.every((u) => Number.isInteger(u) && u >= 1)).toBe(true);
    }
  });
});
