import PptxGenJS from 'pptxgenjs';
import { renderSlide } from '../slides';
import { themeFor } from '../theme';
import type { DeckSpec } from '../types';
import type { RenderContext } from './context';
import { defineMasters } from './masters';
import { writePackage } from './write-package';

/**
 * Spec → .pptx bytes, in the PptxGenJS demos' numbered steps. All content decisions were made
 * by the spec builder; this only lays the spec out on the grid.
 */
export async function renderDeck(spec: DeckSpec): Promise<Uint8Array> {
  // 1. Create
  const pptx = new PptxGenJS();
  // 2. Metadata
  pptx.author = spec.branding.agencyName;
  // pptxgenjs escapes title, subject and author but writes `company` into docProps/app.xml raw.
  pptx.company = escapeXml(spec.branding.agencyName);
  pptx.title = spec.title;
  pptx.subject = `${spec.kind === 'qbr' ? 'Quarterly business review' : 'Monthly value report'} — ${spec.period.label}`;
  // 3. Layout: 16:9, 10 × 5.625 in (80 × 45 grid units)
  pptx.layout = 'LAYOUT_16x9';
  // 4. Masters, defined once
  const theme = themeFor({ ...spec.branding, logo: null });
  pptx.theme = { headFontFace: theme.font, bodyFontFace: theme.font };
  defineMasters(pptx, theme, spec);
  // 5. Slides, one module per kind
  const ctx: RenderContext = { pptx, theme, spec };
  for (const slide of spec.slides) renderSlide(ctx, slide);
  // 6. Write, compressed
  return writePackage(pptx);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
