import { describe, expect, it } from 'vitest';
import {
  buildQbrSpec,
  buildValueReportSpec,
  importTemplate,
  renderDeck,
  type DeckTemplate,
} from '../../../src-core/deck';
import { accountKpis } from '../../../src-core/deck/spec/kpis';
import { generateDemoBook } from '../../../src-core/demo';
import { parsePeriod } from '../../../src-core/time';
import { inspectPptx } from '../../support/pptx/inspect-package';
import { readTemplateParts } from '../../support/pptx/template-parts';
import {
  makeTemplate,
  TEMPLATE_COLOURS,
  TEMPLATE_FONTS,
  TEMPLATE_LOGO,
  TEMPLATE_LOGO_BOX,
} from '../../support/pptx/test-template';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

const ACCENTS = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map(
  (k) => TEMPLATE_COLOURS[k as keyof typeof TEMPLATE_COLOURS],
);

async function template(): Promise<DeckTemplate> {
  const result = await importTemplate('Harbour.potx', await makeTemplate({ slides: 1 }));
  if (!result.ok) throw new Error(result.message);
  return result.template;
}

describe('decks on the agency template', () => {
  it('a QBR and a value report take the template’s theme, fonts, size and master picture; charts are native, in its colours', async () => {
    const t = await template();
    const input = { book: fixtureBook(), accountId: ACCOUNT_ID, branding: BRANDING, now: NOW };
    for (const spec of [
      buildQbrSpec({ ...input, period: parsePeriod('2026-Q3') }),
      buildValueReportSpec({ ...input, period: parsePeriod('2026-09') }),
    ]) {
      const bytes = await renderDeck(spec, t);
      const report = await inspectPptx(bytes);
      expect(report.problems).toEqual([]);
      expect(report.slideCount).toBe(spec.slides.length);
      const parts = await readTemplateParts(bytes);
      expect(parts.size).toEqual({ cx: 9_144_000, cy: 6_858_000 });
      expect(parts.themeColours).toEqual(TEMPLATE_COLOURS);
      expect(parts.themeFonts).toEqual(TEMPLATE_FONTS);
      expect(parts.runFonts).toEqual(new Set([TEMPLATE_FONTS.major, TEMPLATE_FONTS.minor]));
      expect(parts.masterPictures).toHaveLength(1);
      expect(parts.masterPictures[0]).toMatchObject(TEMPLATE_LOGO_BOX);
      expect(parts.masterPictures[0]!.bytes).toEqual(TEMPLATE_LOGO);
      // The cover takes the Title Slide layout's background, dividers the Section Header's.
      expect(parts.layoutBackgrounds).toMatchObject({ FIELDBOOK_TITLE: 'accent1', FIELDBOOK_SECTION: 'tx2' });
      const chartSlides = spec.slides.filter((s) => s.kind === 'chart' && s.chart.emptyNote === null).length;
      expect(parts.charts).toHaveLength(chartSlides);
      for (const chart of parts.charts) {
        expect(chart.native, chart.part).toBe(true);
        expect(chart.seriesColours.length, chart.part).toBeGreaterThan(0);
        for (const colour of chart.seriesColours) expect(ACCENTS, chart.part).toContain(colour);
      }
      // Nothing of Fieldbook's own look is drawn over the agency's (no logo placeholder text, no band).
      expect(report.layoutTexts.join(' ')).not.toContain('Your agency Your agency');
    }
  });

  it('a value report for a demo account has a native chart for each key KPI', async () => {
    const demo = generateDemoBook({
      seed: 'value-charts',
      accounts: 3,
      asOf: '2026-10-05',
      owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
    });
    const t = await template();
    for (const account of demo.tables.accounts) {
      const period = parsePeriod('2026-09');
      const spec = buildValueReportSpec({
        book: demo.tables,
        accountId: account.id,
        period,
        branding: BRANDING,
        now: NOW,
      });
      const kpis = accountKpis(
        demo.tables.metrics.filter((m) => m.accountId === account.id),
        period,
      );
      expect(kpis.length, account.name).toBeGreaterThan(0);
      for (const template of [null, t]) {
        const report = await inspectPptx(await renderDeck(spec, template));
        expect(report.problems).toEqual([]);
        for (const kpi of kpis) {
          const index = spec.slides.findIndex((s) => s.key === `month-${kpi.metric}`);
          expect(index, `${account.name} ${kpi.metric}`).toBeGreaterThan(0);
          const charts = report.chartsBySlide.get(index + 1) ?? [];
          expect(charts, `${account.name} ${kpi.metric}`).toHaveLength(1);
          // Up to six months: months before the account's first results are left out of the chart.
          const months = charts[0]![0]!.values.length;
          expect(months >= 1 && months <= 6, `${account.name} ${kpi.metric}: ${months} months`).toBe(true);
        }
      }
    }
  });
});
