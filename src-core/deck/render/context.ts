import type PptxGenJS from 'pptxgenjs';
import type { Frame } from '../frame';
import type { Theme } from '../theme';
import type { DeckSpec } from '../types';

/** What every slide module gets: the presentation being built, the theme, the frame and the whole spec. */
export interface RenderContext {
  pptx: PptxGenJS;
  theme: Theme;
  frame: Frame;
  spec: DeckSpec;
}

export type PptxSlide = PptxGenJS.Slide;
