import { place } from '../grid';
import { MASTER } from '../render/masters';
import { addCommentary, addEmptyNote, addSlideTitle, addTable, bodyBox } from '../render/parts';
import type { RenderContext } from '../render/context';
import type { TableSlide } from '../types';

/** A full-width table; long tables were already paged across slides by the spec. */
export function renderTableSlide(ctx: RenderContext, spec: TableSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.content });
  addSlideTitle(slide, ctx, spec.title);
  const body = bodyBox(ctx.frame, spec.commentary);
  if (spec.table.rows.length === 0) addEmptyNote(slide, ctx, { ...body, h: 8 }, 'No data for this period');
  else addTable(slide, ctx, body, spec.table);
  if (spec.pageLabel) {
    slide.addText(spec.pageLabel, {
      ...place(ctx.frame.pageLabel),
      fontFace: ctx.theme.font,
      fontSize: ctx.theme.size.footer,
      color: ctx.theme.muted,
      align: 'right',
      valign: 'middle',
      margin: 0,
    });
  }
  addCommentary(slide, ctx, spec.commentary);
  if (spec.notes) slide.addNotes(spec.notes);
}
