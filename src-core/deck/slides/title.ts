import { place } from '../grid';
import { MASTER } from '../render/masters';
import type { RenderContext } from '../render/context';
import type { TitleSlide } from '../types';

/** The cover: deck title (account and period), subtitle, and who prepared it. */
export function renderTitleSlide(ctx: RenderContext, spec: TitleSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.title });
  const { theme } = ctx;
  slide.addText(spec.title, {
    ...place({ x: 4, y: 14, w: 72, h: 12 }),
    fontFace: theme.font,
    fontSize: theme.size.coverTitle,
    bold: true,
    color: theme.white,
    valign: 'bottom',
    margin: 0,
  });
  slide.addText(spec.subtitle, {
    ...place({ x: 4, y: 27, w: 72, h: 5 }),
    fontFace: theme.font,
    fontSize: theme.size.subtitle,
    color: theme.white,
    valign: 'top',
    margin: 0,
  });
  slide.addText(spec.byline, {
    ...place({ x: 4, y: 41, w: 72, h: 3 }),
    fontFace: theme.font,
    fontSize: theme.size.small,
    color: theme.white,
    valign: 'middle',
    margin: 0,
  });
  if (spec.notes) slide.addNotes(spec.notes);
}
