import { splitAt } from '../grid';
import { MASTER } from '../render/masters';
import { addBullets, addChart, addCommentary, addSlideTitle, addTable, bodyBox } from '../render/parts';
import type { RenderContext } from '../render/context';
import type { ChartSlide } from '../types';

const CHART_W = 44;

/** A native chart on the left; a small table or a few bullets on the right when given. */
export function renderChartSlide(ctx: RenderContext, spec: ChartSlide): void {
  const slide = ctx.pptx.addSlide({ masterName: MASTER.content });
  addSlideTitle(slide, ctx, spec.title);
  const body = bodyBox(ctx.frame, spec.commentary);
  const hasSide = spec.table !== null || spec.bullets.length > 0;
  const [chartBox, sideBox] = hasSide ? splitAt(body, CHART_W) : [body, null];
  addChart(slide, ctx, chartBox, spec.chart);
  if (sideBox && spec.table) addTable(slide, ctx, sideBox, spec.table);
  else if (sideBox) addBullets(slide, ctx, sideBox, spec.bullets, ctx.theme.size.small + 1);
  addCommentary(slide, ctx, spec.commentary);
  if (spec.notes) slide.addNotes(spec.notes);
}
