import PptxGenJS from 'pptxgenjs';
import type { DeckSpec } from '../../../src-core/deck';

/**
 * The performance floor (issue 6): pptxgenjs alone writing the same slides — same text, tables
 * and native charts — with no Fieldbook logic (no spec, masters, grid, cleaning or package
 * finishing), compressed through its own Node stream. A deck's cost beside this is our overhead.
 */
export async function writeFloorDeck(spec: DeckSpec): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  for (const s of spec.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.5, y: 0.25, w: 9, h: 0.75, fontSize: 22 });
    slide.addNotes(s.notes);
    if (s.kind === 'title' || s.kind === 'section') slide.addText(s.subtitle, { x: 0.5, y: 1.5, w: 9, h: 1 });
    if (s.kind === 'bullets') {
      slide.addText(s.stats.map((c) => `${c.value} ${c.label} ${c.detail}`).join('  '), {
        x: 0.5,
        y: 1.25,
        w: 9,
        h: 1,
      });
      slide.addText(
        s.bullets.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
        { x: 0.5, y: 2.5, w: 9, h: 2.5 },
      );
    }
    if (s.kind === 'columns')
      slide.addText(s.columns.flatMap((c) => [c.heading, ...c.bullets]).join('\n'), { x: 0.5, y: 1.25, w: 9, h: 3.5 });
    if (s.kind === 'table' && s.table.rows.length > 0)
      slide.addTable(
        [s.table.columns, ...s.table.rows].map((r) => r.map((text) => ({ text }))),
        { x: 0.5, y: 1.25, w: 9 },
      );
    if (s.kind === 'chart') {
      if (s.chart.emptyNote === null) {
        const data = s.chart.series.map((x) => ({ name: x.name, labels: s.chart.categories, values: x.values }));
        slide.addChart(s.chart.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar, data, {
          x: 0.5,
          y: 1.25,
          w: 5.5,
          h: 3.5,
        });
      }
      if (s.table)
        slide.addTable(
          [s.table.columns, ...s.table.rows].map((r) => r.map((text) => ({ text }))),
          { x: 6.25, y: 1.25, w: 3.25 },
        );
    }
  }
  return (await pptx.stream({ compression: true })) as Uint8Array;
}
