import PptxGenJS from 'pptxgenjs';
import { defaultFrame } from '../frame';
import { renderSlide } from '../slides';
import { templateFrame } from '../template/template-frame';
import { templateTheme } from '../template/template-theme';
import type { DeckTemplate } from '../template/template-types';
import { themeFor } from '../theme';
import type { DeckSpec } from '../types';
import type { RenderContext } from './context';
import { defineMasters } from './masters';
import { writePackage } from './write-package';

const EMU_PER_INCH = 914_400;

/**
 * Spec → .pptx bytes, in the PptxGenJS demos' numbered steps. All content decisions were made
 * by the spec builder; this only lays the spec out on the grid — Fieldbook's own 16:9 look, or
 * the agency's template (its size, theme, masters and layouts) when one is given.
 */
const SUBJECTS: Record<DeckSpec['kind'], string> = {
  qbr: 'Quarterly business review',
  value_report: 'Monthly value report',
  case_study: 'Case study',
};

export async function renderDeck(spec: DeckSpec, template: DeckTemplate | null = null): Promise<Uint8Array> {
  // 1. Create
  const pptx = new PptxGenJS();
  // 2. Metadata
  pptx.author = spec.branding.agencyName;
  // pptxgenjs escapes title, subject and author but writes `company` into docProps/app.xml raw.
  pptx.company = escapeXml(spec.branding.agencyName);
  pptx.title = spec.title;
  pptx.subject = `${SUBJECTS[spec.kind]} — ${spec.period.label}`;
  // 3. Layout: 16:9 (80 × 45 grid units), or the template's own size
  const frame = template ? templateFrame(template) : defaultFrame();
  pptx.defineLayout({
    name: 'FIELDBOOK',
    width: frame.sizeEmu.cx / EMU_PER_INCH,
    height: frame.sizeEmu.cy / EMU_PER_INCH,
  });
  pptx.layout = 'FIELDBOOK';
  // 4. Masters, defined once
  const branded = themeFor({ ...spec.branding, logo: null });
  const theme = template ? templateTheme(template, branded) : branded;
  pptx.theme = { headFontFace: theme.titleFont, bodyFontFace: theme.font };
  const templateHasLogo = template !== null && hasPicture(template);
  defineMasters(pptx, theme, frame, spec, { logo: !templateHasLogo });
  // 5. Slides, one module per kind
  const ctx: RenderContext = { pptx, theme, frame, spec };
  for (const slide of spec.slides) renderSlide(ctx, slide);
  // 6. Write, compressed (carrying the template's parts across)
  return writePackage(pptx, spec.generatedAt, template);
}

/** A template with a picture on its master or layouts has its logo; the branding logo would be a second one. */
function hasPicture(t: DeckTemplate): boolean {
  return t.master.pictures.length > 0 || Object.values(t.layouts).some((l) => l.pictures.length > 0);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
