import { describe, expect, it } from 'vitest';
import { NO_DATA_NOTE, chartSpec } from '../../../src-core/deck/spec/chart-data';
import { pageTable } from '../../../src-core/deck/spec/paging';
import { droppedNote } from '../../../src-core/deck/spec/notes';

describe('chart data for every edge case (RELIABILITY 27)', () => {
  it('shows a note instead of a chart when there is no data', () => {
    expect(chartSpec('line', [], [], 'count')).toMatchObject({ emptyNote: NO_DATA_NOTE, series: [] });
    expect(chartSpec('line', ['a', 'b'], [{ name: 'x', values: [null, Number.NaN] }], 'count')).toMatchObject({
      emptyNote: NO_DATA_NOTE,
      dropped: 2,
    });
  });

  it('draws a missing value as a gap, keeps every series with a number, and leaves out only empty categories', () => {
    const c = chartSpec(
      'line',
      ['a', 'b', 'c', 'd'],
      [
        { name: 'x', values: [1, null, 3, null] },
        { name: 'y', values: [4, 5, null, null] },
        { name: 'z', values: [null, Number.POSITIVE_INFINITY, null, Number.NaN] },
      ],
      'count',
    );
    expect(c).toMatchObject({
      categories: ['a', 'b', 'c'],
      series: [
        { name: 'x', values: [1, null, 3] },
        { name: 'y', values: [4, 5, null] },
      ],
      dropped: 1,
      leftOut: ['z'],
      gaps: [
        { name: 'x', missing: 1 },
        { name: 'y', missing: 1 },
      ],
      emptyNote: null,
    });
    expect(droppedNote(c)).toBe('1 week without a value is left out of the chart. Not drawn, no data at all: z.');
  });

  it('keeps one point, zeros, negatives and 60+ categories; cuts long labels', () => {
    expect(chartSpec('bar', ['only'], [{ name: 'x', values: [0] }], 'count').series[0]!.values).toEqual([0]);
    expect(chartSpec('bar', ['a', 'b'], [{ name: 'x', values: [-5.556, 0] }], 'money').series[0]!.values).toEqual([
      -5.56, 0,
    ]);
    const many = chartSpec(
      'line',
      Array.from({ length: 70 }, (_, i) => `c${i}`),
      [{ name: 'x', values: Array.from({ length: 70 }, (_, i) => i) }],
      'count',
    );
    expect(many.categories).toHaveLength(70);
    const long = chartSpec(
      'bar',
      ['a label far longer than any axis can show'],
      [{ name: 'n'.repeat(200), values: [1] }],
      'count',
    );
    expect(long.categories[0]).toBe('a label far longe…');
    expect(Array.from(long.series[0]!.name.replace(/\u200B/g, '')).length).toBeLessThanOrEqual(30);
  });
});

describe('table paging', () => {
  it('pages long tables with the header on every page and numbered keys', () => {
    const rows = Array.from({ length: 23 }, (_, i) => [String(i)]);
    const pages = pageTable(
      { key: 'appendix-data', title: 'Data', optional: true, notes: 'n' },
      { columns: ['n'], widths: [1], rows },
    );
    expect(pages.map((p) => [p.key, p.table.rows.length, p.pageLabel])).toEqual([
      ['appendix-data-1', 10, 'Page 1 of 3'],
      ['appendix-data-2', 10, 'Page 2 of 3'],
      ['appendix-data-3', 3, 'Page 3 of 3'],
    ]);
    expect(
      pageTable({ key: 'k', title: 'T', optional: false, notes: '' }, { columns: ['n'], widths: [1], rows: [] }),
    ).toMatchObject([{ key: 'k', pageLabel: null }]);
  });
});
