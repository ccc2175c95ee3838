import { fittingSize } from '../budgets';
import { place } from '../grid';
import { MASTER } from '../render/masters';
import type { RenderContext } from '../render/context';
import type { SectionSlide } from '../types';

/** A divider on the section master, e.g. before the appendix. */
export function renderSectionSlide(ctx: RenderContext, spec: SectionSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.section });
  const { theme } = ctx;
  slide.addText(spec.title, {
    ...place(ctx.frame.section.title),
    fontFace: theme.titleFont,
    fontSize: fittingSize(spec.title, ctx.frame.section.title, theme.size.coverTitle, 18),
    bold: true,
    color: theme.sectionText,
    valign: 'bottom',
    margin: 0,
  });
  slide.addText(spec.subtitle, {
    ...place(ctx.frame.section.subtitle),
    fontFace: theme.font,
    fontSize: theme.size.subtitle,
    color: theme.sectionText,
    valign: 'top',
    margin: 0,
  });
  if (spec.notes) slide.addNotes(spec.notes);
}
