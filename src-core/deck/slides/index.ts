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
      return renderTitleSlide(ctx, slide);
    case 'section':
      return renderSectionSlide(ctx, slide);
    case 'bullets':
      return renderBulletsSlide(ctx, slide);
    case 'chart':
      return renderChartSlide(ctx, slide);
    case 'table':
      return renderTableSlide(ctx, slide);
    case 'columns':
      return renderColumnsSlide(ctx, slide);
  }
}
