import { fitText } from '../clean-text';
import { BUDGET, cellBudget, fittingSize } from '../budgets';
import { place, splitColumns, tableColumnUnits, inches, type Box } from '../grid';
import type { Frame } from '../frame';
import type { ChartSpec, StatCard, TableSpec, ValueFormat } from '../types';
import type { PptxSlide, RenderContext } from './context';

/** Drawing helpers shared by the slide modules; every box comes from the grid. */

export function addSlideTitle(slide: PptxSlide, ctx: RenderContext, title: string): void {
  slide.addText(title, {
    ...place(ctx.frame.title),
    fontFace: ctx.theme.titleFont,
    fontSize: fittingSize(title, ctx.frame.title, ctx.theme.size.title, 14),
    bold: true,
    color: ctx.theme.titleColor,
    valign: 'bottom',
    margin: 0,
  });
}

/** The body box, leaving room for the commentary band when there is commentary. */
export function bodyBox(frame: Frame, commentary: string | null): Box {
  return commentary ? frame.bodyAboveCommentary : frame.body;
}

export function addCommentary(slide: PptxSlide, ctx: RenderContext, commentary: string | null): void {
  if (!commentary) return;
  slide.addText(
    [
      { text: 'CSM note  ', options: { bold: true, color: ctx.theme.accent } },
      { text: commentary, options: { italic: true, color: ctx.theme.panelText } },
    ],
    {
      ...place(ctx.frame.commentary),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.small,
      fill: { color: ctx.theme.panel },
      valign: 'middle',
      margin: 6,
    },
  );
}

export function addBullets(slide: PptxSlide, ctx: RenderContext, box: Box, bullets: string[], fontSize: number): void {
  if (bullets.length === 0) return;
  slide.addText(
    bullets.map((text) => ({ text, options: { bullet: { indent: 12 }, breakLine: true, paraSpaceAfter: 6 } })),
    { ...place(box), fontFace: ctx.theme.font, fontSize, color: ctx.theme.text, valign: 'top', margin: 0 },
  );
}

export function addStatCards(slide: PptxSlide, ctx: RenderContext, box: Box, stats: StatCard[]): void {
  const cards = stats.slice(0, BUDGET.stat.maxCards);
  splitColumns(box, cards.length).forEach((cell, i) => {
    const card = cards[i]!;
    const toneColor = card.tone === 'good' ? ctx.theme.good : card.tone === 'bad' ? ctx.theme.bad : ctx.theme.primary;
    const [valueBox, labelBox, detailBox] = cardRows(cell);
    slide.addShape('rect', {
      ...place(cell),
      fill: { color: ctx.theme.panel },
      line: { color: ctx.theme.rule, width: 1 },
    });
    slide.addText(card.value, {
      ...place(valueBox),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.stat,
      bold: true,
      color: toneColor,
      margin: 0,
      valign: 'bottom',
    });
    slide.addText(card.label, {
      ...place(labelBox),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.small,
      bold: true,
      color: ctx.theme.panelText,
      margin: 0,
    });
    slide.addText(card.detail, {
      ...place(detailBox),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.table,
      color: ctx.theme.panelMuted,
      margin: 0,
      valign: 'top',
    });
  });
}

/** A card is 1 unit of padding, then value (3), label (2) and detail (the rest). */
function cardRows(cell: Box): [Box, Box, Box] {
  const x = cell.x + 1;
  const w = cell.w - 2;
  const value = { x, y: cell.y + 1, w, h: 3 };
  const label = { x, y: value.y + 3, w, h: 2 };
  const detail = { x, y: label.y + 2, w, h: Math.max(1, cell.h - 7) };
  return [value, label, detail];
}

export function addTable(slide: PptxSlide, ctx: RenderContext, box: Box, table: TableSpec): void {
  const units = tableColumnUnits(table.widths, box.w);
  const header = table.columns.map((c, i) => ({
    text: fitText(c, cellBudget(units[i]!)),
    options: {
      bold: true,
      color: ctx.theme.white,
      fill: { color: ctx.theme.primary },
      align: table.align?.[i] ?? 'left',
    },
  }));
  const rows = table.rows.map((row, r) =>
    row.map((cell, i) => ({
      text: fitText(cell, cellBudget(units[i]!)),
      options: {
        color: ctx.theme.panelText,
        fill: { color: r % 2 === 1 ? ctx.theme.panel : ctx.theme.white },
        align: table.align?.[i] ?? 'left',
      },
    })),
  );
  slide.addTable([header, ...rows], {
    ...place({ ...box, h: 2 * (rows.length + 1) }),
    colW: units.map(inches),
    rowH: inches(2),
    fontFace: ctx.theme.font,
    fontSize: ctx.theme.size.table,
    valign: 'middle',
    margin: 3,
    border: { type: 'solid', pt: 1, color: ctx.theme.rule },
  });
}

const FORMAT_CODE: Record<ValueFormat, string> = { count: '#,##0', money: '$#,##0', decimal: '#,##0.0', percent: '0%' };

/** A native chart (editable data), or the spec's "no data" note in its place. */
export function addChart(slide: PptxSlide, ctx: RenderContext, box: Box, chart: ChartSpec): void {
  if (chart.emptyNote !== null) {
    addEmptyNote(slide, ctx, box, chart.emptyNote);
    return;
  }
  const type = chart.type === 'line' ? ctx.pptx.ChartType.line : ctx.pptx.ChartType.bar;
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const many = chart.categories.length;
  // An all-zero chart would autoscale to 0–1 in half steps that whole-number labels print as "0, 1, 1".
  const allZero = chart.series.every((s) => s.values.every((v) => v === 0));
  // Bars start at zero: an autoscaled axis from $28,000 would make $34,000 look like twice $30,000.
  const barsFromZero = chart.type === 'bar' && chart.series.every((s) => s.values.every((v) => v === null || v >= 0));
  slide.addChart(type, data, {
    ...place(box),
    ...(barsFromZero ? { valAxisMinVal: 0 } : {}),
    ...(allZero ? { valAxisMinVal: 0, valAxisMaxVal: 1, valAxisMajorUnit: 1 } : {}),
    chartColors: ctx.theme.series.slice(0, Math.max(1, chart.series.length)),
    // A missing week is a gap in the line, not a drop to zero nor a line drawn across it.
    displayBlanksAs: 'gap',
    barDir: 'col',
    barGapWidthPct: 60,
    lineSize: 2,
    lineDataSymbol: many > 20 ? 'none' : 'circle',
    lineDataSymbolSize: 5,
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: 10,
    legendFontFace: ctx.theme.font,
    legendColor: ctx.theme.muted,
    catAxisLabelFontSize: 9,
    catAxisLabelFontFace: ctx.theme.font,
    catAxisLabelColor: ctx.theme.muted,
    catAxisLabelFrequency: String(Math.max(1, Math.ceil(many / 14))),
    valAxisLabelFontSize: 9,
    valAxisLabelFontFace: ctx.theme.font,
    valAxisLabelColor: ctx.theme.muted,
    valAxisLabelFormatCode: FORMAT_CODE[chart.format],
    valGridLine: { color: ctx.theme.rule, size: 1 },
    catGridLine: { style: 'none' },
  });
}

export function addEmptyNote(slide: PptxSlide, ctx: RenderContext, box: Box, note: string): void {
  slide.addText(note, {
    ...place(box),
    fontFace: ctx.theme.font,
    fontSize: ctx.theme.size.body,
    italic: true,
    color: ctx.theme.panelMuted,
    align: 'center',
    valign: 'middle',
    fill: { color: ctx.theme.panel },
  });
}

export { splitColumns };
