import type { RenderContext } from '../render/context';
import type { SlideSpec } from '../types';
import { renderBulletsSlide } from './bullets';
import { renderChartSlide } from './chart';
import { renderColumnsSlide } from './columns';
import { renderSectionSlide } from './section';
import { renderTableSlide } from './table';
import { renderTitleSlide } from './title';

/** One module per slide kind; this is the only place that knows them all. */
export function renderSlide(ctx: RenderContext, slide: SlideSpec): void {
  switch (slide.kind) {
    case 'title':
      renderTitleSlide(ctx, slide);
      return;
    case 'section':
      renderSectionSlide(ctx, slide);
      return;
    case 'bullets':
      renderBulletsSlide(ctx, slide);
      return;
    case 'chart':
      renderChartSlide(ctx, slide);
      return;
    case 'table':
      renderTableSlide(ctx, slide);
      return;
    case 'columns':
      renderColumnsSlide(ctx, slide);
      return;
  }
}
