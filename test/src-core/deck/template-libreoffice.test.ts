import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQbrSpec, buildValueReportSpec, importTemplate, renderDeck, type DeckSpec } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import { parsePeriod } from '../../../src-core/time';
import { checkWithLibreOffice, expectedText } from '../../support/pptx/libreoffice';
import { convertToOdp, readOdp } from '../../support/pptx/odp-reader';
import { schemaErrors } from '../../support/pptx/ooxml-validator';
import { makeTemplate, TEMPLATE_COLOURS, TEMPLATE_FONTS, TEMPLATE_LOGO } from '../../support/pptx/test-template';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'fieldbook-template-decks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACCENTS = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map((k) =>
  TEMPLATE_COLOURS[k as keyof typeof TEMPLATE_COLOURS].toLowerCase(),
);

describe('decks on the agency template, read by LibreOffice and checked against the schemas', () => {
  it('open with one page per slide, keep the template’s page, master picture, fonts and chart colours, and validate', async () => {
    const imported = await importTemplate('Harbour.potx', await makeTemplate());
    if (!imported.ok) throw new Error(imported.message);
    const demo = generateDemoBook({
      seed: 'template-lo',
      accounts: 1,
      asOf: '2026-10-05',
      owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
    });
    const specs: DeckSpec[] = [
      buildQbrSpec({
        book: fixtureBook(),
        accountId: ACCOUNT_ID,
        period: parsePeriod('2026-Q3'),
        branding: BRANDING,
        now: NOW,
      }),
      buildValueReportSpec({
        book: demo.tables,
        accountId: demo.tables.accounts[0]!.id,
        period: parsePeriod('2026-09'),
        branding: BRANDING,
        now: NOW,
      }),
    ];
    // The same two decks on the template and on default branding.
    const decks = [
      ...specs.map((spec, i) => ({ spec, template: imported.template, path: join(dir, `template-${i}.pptx`) })),
      ...specs.map((spec, i) => ({ spec, template: null, path: join(dir, `default-${i}.pptx`) })),
    ];
    for (const d of decks) writeFileSync(d.path, await renderDeck(d.spec, d.template));
    const keptPath = join(dir, 'kept.potx');
    writeFileSync(keptPath, imported.kept);

    const pdfs = await checkWithLibreOffice(
      decks.map((d) => d.path),
      decks.map((d) => d.spec.slides.map(expectedText)),
      dir,
    );
    expect(pdfs.map((r) => ({ pages: r.pages, problems: r.problems }))).toEqual(
      decks.map((d) => ({ pages: d.spec.slides.length, problems: [] })),
    );
    const pageSizes = await Promise.all(
      pdfs.map(async (r) => /Page size:\s+([\d.]+ x [\d.]+)/.exec((await run('pdfinfo', [r.pdf])).stdout)?.[1]),
    );
    // 4:3 on the template (10 × 7.5 in = 720 × 540 pt); 16:9 without it.
    expect(pageSizes.map((s) => s?.replace(/\.\d+/g, ''))).toEqual([
      '720 x 540',
      '720 x 540',
      '720 x 405',
      '720 x 405',
    ]);

    const odps = await convertToOdp(
      decks.slice(0, 2).map((d) => d.path),
      dir,
    );
    for (const [i, odp] of odps.entries()) {
      const report = await readOdp(odp);
      const spec = specs[i]!;
      expect(report.slideMasters).toHaveLength(spec.slides.length);
      expect(report.pageSize).toBe('25.4cm × 19.05cm');
      expect(report.fontFaces).toContain(TEMPLATE_FONTS.major);
      expect(report.fontFaces).toContain(TEMPLATE_FONTS.minor);
      // Every master page the slides use shows the agency logo from the template's master, byte for byte.
      expect(report.masterPages.length).toBeGreaterThan(0);
      for (const master of report.masterPages) expect(master.images, master.name).toContainEqual(TEMPLATE_LOGO);
      const chartSlides = spec.slides.filter((s) => s.kind === 'chart' && s.chart.emptyNote === null).length;
      const charts = report.charts.filter((c) => c.seriesColours.length > 0);
      expect(charts).toHaveLength(chartSlides);
      for (const chart of charts) for (const c of chart.seriesColours) expect(ACCENTS, chart.object).toContain(c);
    }

    expect(await schemaErrors([...decks.map((d) => d.path), keptPath])).toBe('');
  }, 300_000);
});
