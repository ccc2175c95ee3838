import type PptxGenJS from 'pptxgenjs';
import type { Theme } from '../theme';
import type { DeckSpec } from '../types';

/** What every slide module gets: the presentation being built, the theme and the whole spec. */
export interface RenderContext {
  pptx: PptxGenJS;
  theme: Theme;
  spec: DeckSpec;
}

export type PptxSlide = PptxGenJS.Slide;
