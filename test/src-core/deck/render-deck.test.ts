import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { buildQbrSpec, buildValueReportSpec, renderDeck, type DeckSpec } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import { parsePeriod } from '../../../src-core/time';
import { inspectPptx, type PackageReport } from '../../support/pptx/inspect-package';
import { makePng } from '../../support/pptx/png';
import { writeFloorDeck } from '../../support/pptx/floor-writer';
import { emptyBookTables } from '../../../src-core/model';
import { ACCOUNT_ID, BRANDING, NOW, bookMissingWeeks, fixtureBook, makeAccount } from './fixture-book';
import { HOSTILE, hostileBook } from './hostile';
import { chartEdgeCaseDeck } from './spec-builders';

const MAX_BYTES = 300_000;

async function renderAndInspect(spec: DeckSpec): Promise<{ bytes: Uint8Array; report: PackageReport }> {
  const bytes = await renderDeck(spec);
  return { bytes, report: await inspectPptx(bytes) };
}

/** The package matches its spec: one slide each, notes, and each native chart with the spec's series. */
function expectMatchesSpec(spec: DeckSpec, report: PackageReport): void {
  expect(report.problems).toEqual([]);
  expect(report.slideCount).toBe(spec.slides.length);
  expect(report.storedEntries).toBe(0);
  expect(report.deflatedEntries).toBeGreaterThan(20);
  spec.slides.forEach((slide, i) => {
    expect(report.notes[i], `notes of ${slide.key}`).toBe(slide.notes);
    const charts = report.chartsBySlide.get(i + 1) ?? [];
    if (slide.kind === 'chart' && slide.chart.emptyNote === null) {
      expect(charts.map((c) => c.map((s) => ({ name: s.name, values: s.values, categories: s.categories })))).toEqual([
        slide.chart.series.map((s) => ({ name: s.name, values: s.values, categories: slide.chart.categories })),
      ]);
    } else {
      expect(charts, `no chart on ${slide.key}`).toEqual([]);
    }
  });
}

describe('rendered decks are valid packages', () => {
  const period = { qbr: parsePeriod('2026-Q3'), value_report: parsePeriod('2026-09') };
  const demo = generateDemoBook({
    seed: 'decks',
    accounts: 4,
    asOf: '2026-10-05',
    owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
  });

  it.each(demo.tables.accounts.map((a) => [a.name, a.id]))(
    'QBR and value report for demo account %s',
    async (_name, accountId) => {
      const input = { book: demo.tables, accountId, branding: BRANDING, now: NOW };
      for (const spec of [
        buildQbrSpec({ ...input, period: period.qbr }),
        buildValueReportSpec({ ...input, period: period.value_report }),
      ]) {
        const { bytes, report } = await renderAndInspect(spec);
        expectMatchesSpec(spec, report);
        expect(bytes.length).toBeLessThan(MAX_BYTES);
      }
    },
  );

  it('carries the hand-computed numbers into native chart parts', async () => {
    const spec = buildQbrSpec({
      book: fixtureBook(),
      accountId: ACCOUNT_ID,
      period: period.qbr,
      branding: BRANDING,
      now: NOW,
      commentary: { roi: 'Beat the fee.' },
    });
    const { report } = await renderAndInspect(spec);
    expectMatchesSpec(spec, report);
    const kpiIndex = spec.slides.findIndex((s) => s.key === 'kpi-leads') + 1;
    expect(report.chartsBySlide.get(kpiIndex)![0]!.map((s) => [s.name, s.values[0], s.values.length])).toEqual([
      ['Q3 2026', 12, 13],
      ['Q2 2026', 10, 13],
      ['Target Q3 2026', 11, 13],
    ]);
    const roiIndex = spec.slides.findIndex((s) => s.key === 'roi');
    expect(report.slideTexts[roiIndex]).toContain('Beat the fee.');
    expect(report.slideTexts[roiIndex]).toContain('133%');
    expect(report.slideTexts[0]).toContain('Acme Plumbing — QBR Q3 2026');
    expect(report.layoutTexts.join('\n')).toContain('Northwind Agency');
  });

  it('writes a missing week as a gap: absent from the chart and blank (not 0) in its workbook', async () => {
    const spec = buildQbrSpec({
      book: bookMissingWeeks((d) => d === '2026-05-11'),
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
    });
    const { bytes, report } = await renderAndInspect(spec);
    expectMatchesSpec(spec, report);
    const kpiIndex = spec.slides.findIndex((x) => x.key === 'kpi-leads') + 1;
    const q2 = report.chartsBySlide.get(kpiIndex)![0]!.find((x) => x.name === 'Q2 2026')!;
    expect(q2.values).toEqual([10, 10, 10, 10, 10, null, 10, 10, 10, 10, 10, 10, 10]);
    const zip = await JSZip.loadAsync(bytes);
    const charts = await Promise.all(
      zip.file(/^ppt\/charts\/chart\d+\.xml$/).map(async (f) => ({ name: f.name, xml: await f.async('string') })),
    );
    const kpiChart = charts.find((c) => c.xml.includes('Q2 2026'))!;
    expect(kpiChart.xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(kpiChart.xml).not.toContain('<c:v></c:v>');
    const rels = await zip.file(kpiChart.name.replace('charts/', 'charts/_rels/').concat('.rels'))!.async('string');
    const embedded = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)![1]!;
    const workbook = await JSZip.loadAsync(await zip.file(`ppt/embeddings/${embedded}`)!.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
    // Row 7 is W6: Q3 (column B) and the target (D) have values, Q2 (C) has none.
    expect(sheet).toContain('<c r="B7"><v>12</v></c>');
    expect(sheet).not.toMatch(/<c r="C7">/);
    expect(sheet).not.toContain('<v></v>');
  });

  it('builds from hostile text everywhere, cleaned and cut with "…" (RELIABILITY 25)', async () => {
    const longComment = HOSTILE.note + HOSTILE.control + HOSTILE.word;
    const input = {
      book: hostileBook(),
      accountId: ACCOUNT_ID,
      now: NOW,
      commentary: { summary: longComment, insight: longComment },
    };
    const branding = {
      agencyName: HOSTILE.specials + HOSTILE.control,
      primaryColor: '#12345G',
      accentColor: 'abc',
      font: 'Comic"<Sans>',
      logo: null,
    };
    for (const spec of [
      buildQbrSpec({ ...input, branding, period: period.qbr }),
      buildValueReportSpec({ ...input, branding, period: period.value_report }),
    ]) {
      const { report } = await renderAndInspect(spec);
      expectMatchesSpec(spec, report);
      expect(spec.branding).toMatchObject({ primaryColor: '1F3A5F', accentColor: 'AABBCC', font: 'ComicSans' });
      const text = report.slideTexts.join('\n');
      expect(text).toContain('…');
      expect(text).toContain('🎉');
      expect(text).toContain('顧客満足度の向上');
      expect(text).toContain('שלום עולם');
      expect(report.layoutTexts.join('\n')).toContain(HOSTILE.specials.slice(0, 40));
      expect(Math.max(...report.slideTexts.map((t) => t.length))).toBeLessThan(3_000);
    }
  });

  it('draws every chart edge case or says there is no data (RELIABILITY 27)', async () => {
    const spec = chartEdgeCaseDeck();
    const { report } = await renderAndInspect(spec);
    expectMatchesSpec(spec, report);
    expect(report.slideTexts[1]).toContain('No data for this period');
  });

  it('builds both decks for a brand-new account with no data at all, with its empty slides left out or included', async () => {
    const book = emptyBookTables();
    book.accounts.push(makeAccount());
    const builds = [
      (includedSlides: string[]) =>
        buildQbrSpec({ book, accountId: ACCOUNT_ID, period: period.qbr, branding: BRANDING, now: NOW, includedSlides }),
      (includedSlides: string[]) =>
        buildValueReportSpec({
          book,
          accountId: ACCOUNT_ID,
          period: period.value_report,
          branding: BRANDING,
          now: NOW,
          includedSlides,
        }),
    ];
    for (const build of builds) {
      // By default the slides with nothing to say (no goals, no wins…) are left out, each with why.
      const lean = build([]);
      expect(lean.leftOut.map((l) => [l.slide.key, l.by])).toContainEqual(['goals', 'empty']);
      expectMatchesSpec(lean, (await renderAndInspect(lean)).report);
      // Included anyway, an empty table or chart still renders, saying there is no data.
      const full = build(lean.leftOut.map((l) => l.slide.key));
      expect(full.leftOut).toEqual([]);
      const { report } = await renderAndInspect(full);
      expectMatchesSpec(full, report);
      expect(report.slideTexts.join('\n')).toContain('No data for this period');
    }
  });

  it('is checked strictly enough to catch what pptxgenjs alone writes wrong', async () => {
    const spec = buildQbrSpec({
      book: fixtureBook(),
      accountId: ACCOUNT_ID,
      period: period.qbr,
      branding: BRANDING,
      now: NOW,
    });
    const raw = await inspectPptx(await writeFloorDeck(spec));
    expect(raw.problems).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml: override for missing part ppt/slideMasters/slideMaster2.xml',
        expect.stringMatching(/^ppt\/charts\/chart\d+\.xml: axis id \d+ is referenced but no axis defines it$/),
      ]),
    );
    expect((await renderAndInspect(spec)).report.problems).toEqual([]);

    const pptx = new PptxGenJS();
    pptx.defineSlideMaster({ title: 'M', background: { color: '112233' } });
    const slide = pptx.addSlide({ masterName: 'M' });
    slide.addShape('rect', { x: 1, y: 1, w: 1, h: 1, fill: { color: 'FF0000' } });
    slide.addText('text', { x: 1, y: 2, w: 2, h: 1 });
    const shapes = await inspectPptx((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
    expect(shapes.problems).toEqual(
      expect.arrayContaining([
        'ppt/slides/slide1.xml: a shape has no text body',
        'ppt/slides/slide1.xml: empty line element',
        'ppt/slideLayouts/slideLayout2.xml: background without an effect list',
      ]),
    );
    expect(shapes.storedEntries).toBeGreaterThan(0);
  });

  it('places a good logo and replaces a broken or huge one with the agency name and a warning (RELIABILITY 28)', async () => {
    const input = { book: fixtureBook(), accountId: ACCOUNT_ID, period: period.value_report, now: NOW };
    const good = buildValueReportSpec({ ...input, branding: { ...BRANDING, logo: makePng(300, 100) } });
    expect(good.warnings).toEqual([]);
    const withLogo = await renderAndInspect(good);
    expectMatchesSpec(good, withLogo.report);
    // One copy per master that shows it (cover and content); pptxgenjs does not share media between layouts.
    expect(withLogo.report.parts.filter((p) => p.startsWith('ppt/media/'))).toHaveLength(2);

    const png = makePng(10, 10);
    for (const logo of [png.slice(0, 30), new Uint8Array(5_000_000)]) {
      const spec = buildValueReportSpec({ ...input, branding: { ...BRANDING, logo } });
      expect(spec.logo).toBeNull();
      expect(spec.warnings).toEqual([expect.stringContaining('the agency name is shown instead')]);
      const { bytes, report } = await renderAndInspect(spec);
      expectMatchesSpec(spec, report);
      expect(report.parts.filter((p) => p.startsWith('ppt/media/'))).toEqual([]);
      expect(report.layoutTexts.join('\n')).toContain('Northwind Agency');
      expect(bytes.length).toBeLessThan(MAX_BYTES);
    }
  });
});
