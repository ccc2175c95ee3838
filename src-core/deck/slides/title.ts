import { fittingSize } from '../budgets';
import { place } from '../grid';
import { MASTER } from '../render/masters';
import type { RenderContext } from '../render/context';
import type { TitleSlide } from '../types';

/** The cover: deck title (account and period), subtitle, and who prepared it. */
export function renderTitleSlide(ctx: RenderContext, spec: TitleSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.title });
  const { theme } = ctx;
  const boxes = ctx.frame.cover;
  slide.addText(spec.title, {
    ...place(boxes.title),
    fontFace: theme.titleFont,
    fontSize: fittingSize(spec.title, boxes.title, theme.size.coverTitle, 18),
    bold: true,
    color: theme.coverText,
    valign: 'bottom',
    margin: 0,
  });
  slide.addText(spec.subtitle, {
    ...place(boxes.subtitle),
    fontFace: theme.font,
    fontSize: theme.size.subtitle,
    color: theme.coverText,
    valign: 'top',
    margin: 0,
  });
  slide.addText(spec.byline, {
    ...place(boxes.byline),
    fontFace: theme.font,
    fontSize: theme.size.small,
    color: theme.coverText,
    valign: 'middle',
    margin: 0,
  });
  if (spec.notes) slide.addNotes(spec.notes);
}
