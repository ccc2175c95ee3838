import type {
  BulletsSlide,
  ChartSlide,
  ChartSpec,
  ColumnsSlide,
  DeckSpec,
  SectionSlide,
  SlideSpec,
  TableSlide,
  TitleSlide,
} from '../../../src-core/deck/types';
import { clientText } from '../../../src-core/audience';
import { parsePeriod } from '../../../src-core/time';

/** Builders with overrides for render tests that need a spec but not a book. */
const base = { optional: false, notes: 'Source: test data.', commentary: null };

export function makeTitleSlide(o: Partial<TitleSlide> = {}): TitleSlide {
  return {
    ...base,
    key: 'title',
    kind: 'title',
    title: 'Acme Plumbing — QBR Q3 2026',
    subtitle: 'Quarterly business review · Q3 2026',
    byline: 'Prepared by Sam Lee, Northwind Agency · 2026-10-02',
    ...o,
  };
}

export function makeSectionSlide(o: Partial<SectionSlide> = {}): SectionSlide {
  return {
    ...base,
    key: 'appendix',
    kind: 'section',
    title: 'Appendix',
    subtitle: 'The data behind this review',
    ...o,
  };
}

export function makeBulletsSlide(o: Partial<BulletsSlide> = {}): BulletsSlide {
  return {
    ...base,
    key: 'executive-summary',
    kind: 'bullets',
    title: 'Executive summary',
    bullets: ['Leads up 12% on Q2', 'Cost per lead down to $41', 'Two of three POWER goals on track'].map(clientText),
    stats: [
      { label: 'Leads', value: '412', detail: 'Target 380 · 108% of target', tone: 'good' },
      { label: 'Cost per lead', value: '$41', detail: 'Target $45', tone: 'good' },
      { label: 'Health', value: 'Green', detail: 'Score 82', tone: 'neutral' },
    ],
    ...o,
  };
}

export function makeChart(o: Partial<ChartSpec> = {}): ChartSpec {
  return {
    type: 'line',
    categories: ['Wk 1', 'Wk 2', 'Wk 3'],
    format: 'count',
    emptyNote: null,
    series: [
      { name: 'Q3 2026', values: [10, 12, 15] },
      { name: 'Q2 2026', values: [8, 9, 11] },
    ],
    ...o,
  };
}

export function makeChartSlide(o: Partial<ChartSlide> = {}): ChartSlide {
  return {
    ...base,
    key: 'kpi-leads',
    kind: 'chart',
    title: 'Leads this quarter vs last',
    chart: makeChart(),
    table: null,
    bullets: [clientText('Up 12% on Q2')],
    ...o,
  };
}

export function makeTableSlide(o: Partial<TableSlide> = {}): TableSlide {
  return {
    ...base,
    key: 'appendix-1',
    kind: 'table',
    title: 'Appendix: weekly leads',
    pageLabel: 'Page 1 of 1',
    table: {
      columns: ['Week', 'Leads', 'Target'],
      widths: [2, 1, 1],
      align: ['left', 'right', 'right'],
      rows: [
        ['2026-07-06', '31', '30'],
        ['2026-07-13', '28', '30'],
      ],
    },
    ...o,
  };
}

export function makeColumnsSlide(o: Partial<ColumnsSlide> = {}): ColumnsSlide {
  return {
    ...base,
    key: 'insight',
    kind: 'columns',
    title: 'What’s working, what needs work',
    columns: [
      { heading: 'What’s working', bullets: [clientText('Organic leads up')] },
      { heading: 'What needs work', bullets: [clientText('Paid CPL above target')] },
      { heading: 'What we’re working on', bullets: [clientText('New landing pages')] },
    ],
    ...o,
  };
}

export function makeSpec(slides: SlideSpec[] = allKinds(), o: Partial<DeckSpec> = {}): DeckSpec {
  return {
    kind: 'qbr',
    accountId: 'a-1',
    accountName: 'Acme Plumbing',
    period: parsePeriod('2026-Q3'),
    title: 'Acme Plumbing — QBR Q3 2026',
    branding: { agencyName: 'Northwind Agency', primaryColor: '1F3A5F', accentColor: 'E07A1F', font: 'Calibri' },
    logo: null,
    generatedAt: '2026-10-02T09:00:00.000Z',
    slides,
    leftOut: [],
    warnings: [],
    plan: [],
    renewalOptions: [],
    ...o,
  };
}

export function allKinds(): SlideSpec[] {
  return [
    makeTitleSlide(),
    makeBulletsSlide(),
    makeChartSlide(),
    makeColumnsSlide(),
    makeSectionSlide(),
    makeTableSlide(),
  ];
}

const LONG_LABEL = 'A category label that goes on and on and on';

/** RELIABILITY 27's chart edge cases: no data, one point, all zeros, a gap, negatives, 70 categories, long labels. */
export function chartEdgeCases(): ChartSpec[] {
  return [
    makeChart({ categories: [], series: [], emptyNote: 'No data for this period' }),
    makeChart({ categories: ['W1'], series: [{ name: 'One point', values: [7] }] }),
    makeChart({ type: 'bar', categories: ['a', 'b', 'c'], series: [{ name: 'Zeros', values: [0, 0, 0] }] }),
    makeChart({ categories: ['W1', 'W2', 'W3'], series: [{ name: 'Gap', values: [4, null, 6] }] }),
    makeChart({
      type: 'bar',
      categories: ['a', 'b'],
      series: [{ name: 'Negative', values: [-1200.5, 300] }],
      format: 'money',
    }),
    makeChart({
      categories: Array.from({ length: 70 }, (_, i) => `W${i + 1}`),
      series: [{ name: 'Many', values: Array.from({ length: 70 }, (_, i) => i % 7) }],
    }),
    makeChart({
      type: 'bar',
      categories: [LONG_LABEL, `${LONG_LABEL}2`],
      series: [{ name: LONG_LABEL, values: [1, 2] }],
    }),
  ];
}

/** A deck of one title slide and one chart slide per edge case. */
export function chartEdgeCaseDeck(): DeckSpec {
  return makeSpec([
    makeTitleSlide(),
    ...chartEdgeCases().map((chart, i) => makeChartSlide({ key: `c${i}`, title: `Chart case ${i}`, chart })),
  ]);
}
