import { place, splitColumns } from '../grid';
import { MASTER } from '../render/masters';
import { addBullets, addCommentary, addSlideTitle, bodyBox } from '../render/parts';
import type { RenderContext } from '../render/context';
import type { ColumnsSlide } from '../types';

const HEADING_H = 3;

/** Side-by-side columns, each a heading with bullets (the SOP's three-part insight). */
export function renderColumnsSlide(ctx: RenderContext, spec: ColumnsSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.content });
  addSlideTitle(slide, ctx, spec.title);
  const body = bodyBox(ctx.frame, spec.commentary);
  const count = Math.max(1, spec.columns.length);
  splitColumns(body, count).forEach((box, i) => {
    const column = spec.columns[i];
    if (!column) return;
    slide.addText(column.heading, {
      ...place({ ...box, h: HEADING_H }),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.body,
      bold: true,
      color: ctx.theme.white,
      fill: { color: ctx.theme.headingFills[i % ctx.theme.headingFills.length]! },
      valign: 'middle',
      margin: 6,
    });
    const below = { ...box, y: box.y + HEADING_H + 1, h: box.h - HEADING_H - 1 };
    addBullets(slide, ctx, below, column.bullets, ctx.theme.size.small + 1);
  });
  addCommentary(slide, ctx, spec.commentary);
  if (spec.notes) slide.addNotes(spec.notes);
}
