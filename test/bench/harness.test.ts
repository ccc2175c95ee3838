import { describe, expect, it } from 'vitest';
import { figure, formatTable, median } from '../../bench/harness';

describe('a bench figure', () => {
  it('is the median of its runs beside its floor’s median, with its spread and whether it meets its budget', () => {
    const m = figure({
      id: 'sync.first.typical',
      name: 'first sync',
      size: '80 accounts',
      // Sorted 3000, 4000, 9000: median 4000. Floor sorted 1000, 2000: median (1000 + 2000) / 2 = 1500.
      samples: [9000, 3000, 4000],
      baselineName: 'bulkPut',
      baselineSamples: [2000, 1000],
      budget: { ms: 5000, ratio: 2 },
    });
    expect(m).toMatchObject({ ms: 4000, minMs: 3000, maxMs: 9000, runs: 3, baselineMs: 1500 });
    // 4000 / 1500 = 2.67×: under 5 s but over 2×, so it fails.
    expect(m.ratio).toBeCloseTo(2.667, 3);
    expect(m.pass).toBe(false);
    expect(figure({ ...m, samples: [2900], baselineSamples: [1500], budget: { ms: 5000, ratio: 2 } }).pass).toBe(true);
  });

  it('has no ratio against a floor of zero, and then meets only a budget in its own unit', () => {
    const frames = figure({
      id: 'book.scroll',
      name: 'dropped frames',
      size: '500 accounts',
      samples: [0, 0],
      baselineName: 'not scrolling',
      baselineSamples: [0],
      unit: 'frames',
      budget: { ms: 0 },
    });
    expect(Number.isNaN(frames.ratio)).toBe(true);
    expect(frames.pass).toBe(true);
    expect(formatTable([frames])).toMatch(/book\.scroll .*0\.0 frames .*—.*≤ 0 frames .*pass/);
  });

  it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
