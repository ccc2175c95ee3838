import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src-core/demo';

describe('seeded random source', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom('book-1');
    const b = createRandom('book-1');
    const draws = (r: ReturnType<typeof createRandom>) => Array.from({ length: 20 }, () => r.next());
    expect(draws(a)).toEqual(draws(b));
  });

  it('gives a different sequence for another seed', () => {
    expect(createRandom('book-1').next()).not.toBe(createRandom('book-2').next());
  });

  it('draws integers inside the bounds, hitting both ends', () => {
    const r = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(r.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('draws uniform numbers in [0, 1) with a mean near one half', () => {
    const r = createRandom('uniform');
    const values = Array.from({ length: 10_000 }, () => r.next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });

  it('draws normal numbers with mean near 0 and spread near 1', () => {
    const r = createRandom('normal');
    const values = Array.from({ length: 10_000 }, () => r.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
  });

  it('makes version-4 UUIDs that do not repeat', () => {
    const r = createRandom('ids');
    const ids = Array.from({ length: 5_000 }, () => r.uuid());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('forks independent streams: drawing from one does not move another', () => {
    const root = createRandom('root');
    const first = root.fork('accounts').next();
    root.next();
    root.fork('other').next();
    expect(root.fork('accounts').next()).toBe(first);
    expect(root.fork('accounts').next()).not.toBe(root.fork('contacts').next());
  });

  it('picks by weight', () => {
    const r = createRandom('weights');
    const picks = Array.from({ length: 4_000 }, () => r.weighted(['rare', 'common'], [1, 3]));
    const rare = picks.filter((p) => p === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.2);
    expect(rare).toBeLessThan(0.3);
    expect(r.weighted(['only'], [0])).toBe('only');
  });

  it('shuffles without losing or adding items', () => {
    const r = createRandom('shuffle');
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = r.shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
