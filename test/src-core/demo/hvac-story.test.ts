import { describe, expect, it } from 'vitest';
import { growToRatio } from '../../../src-core/demo/hvac-story';

const total = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

describe('growToRatio: the ramp that makes the last window a given multiple of the one before', () => {
  it('turns a flat line into +15% over the last window, leaving earlier weeks alone', () => {
    const flat = Array.from({ length: 60 }, () => 100);
    const grown = growToRatio(flat, 1.15, 26);
    expect(total(grown.slice(-26)) / total(grown.slice(-52, -26))).toBeCloseTo(1.15, 10);
    expect(grown.slice(0, 34)).toEqual(flat.slice(0, 34));
    // A ramp, not a step: each week of the last window is at least the one before.
    for (let i = 35; i < 60; i++) expect(grown[i]!).toBeGreaterThanOrEqual(grown[i - 1]!);
  });

  it('hits the ratio on noisy, seasonal input too', () => {
    const noisy = Array.from({ length: 80 }, (_, i) => 50 + 10 * Math.sin(i / 4) + (i % 7));
    const grown = growToRatio(noisy, 1.05, 26);
    expect(total(grown.slice(-26)) / total(grown.slice(-52, -26))).toBeCloseTo(1.05, 10);
  });

  it('leaves a history shorter than two windows unchanged', () => {
    const short = [1, 2, 3];
    expect(growToRatio(short, 1.15, 26)).toEqual(short);
  });
});
