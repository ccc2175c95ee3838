import { MASTER } from '../render/masters';
import { addBullets, addCommentary, addSlideTitle, addStatCards, bodyBox } from '../render/parts';
import type { RenderContext } from '../render/context';
import type { BulletsSlide } from '../types';

const STATS_H = 9;

/** Key numbers as stat cards across the top, with the story in bullets below. */
export function renderBulletsSlide(ctx: RenderContext, spec: BulletsSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.content });
  addSlideTitle(slide, ctx, spec.title);
  const body = bodyBox(ctx.frame, spec.commentary);
  if (spec.stats.length > 0) {
    addStatCards(slide, ctx, { ...body, h: STATS_H }, spec.stats);
    const below = { ...body, y: body.y + STATS_H + 2, h: body.h - STATS_H - 2 };
    addBullets(slide, ctx, below, spec.bullets, ctx.theme.size.body - 1);
  } else {
    addBullets(slide, ctx, body, spec.bullets, ctx.theme.size.body);
  }
  addCommentary(slide, ctx, spec.commentary);
  if (spec.notes) slide.addNotes(spec.notes);
}
