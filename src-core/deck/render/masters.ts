import type PptxGenJS from 'pptxgenjs';
import { REGION, SLIDE, inches, place, type Box } from '../grid';
import type { Theme } from '../theme';
import type { DeckSpec } from '../types';
import { slotText } from '../clean-text';

export const MASTER = { title: 'FIELDBOOK_TITLE', section: 'FIELDBOOK_SECTION', content: 'FIELDBOOK_CONTENT' } as const;

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

/**
 * The three masters, defined once per deck: the agency's branding (logo, colours, agency
 * name in the footer, page number) lives here, so slides carry only their content.
 */
export function defineMasters(pptx: PptxGenJS, theme: Theme, spec: DeckSpec): void {
  const agency = slotText(spec.branding.agencyName, 60, { singleLine: true });
  pptx.defineSlideMaster({
    title: MASTER.title,
    background: { color: theme.primary },
    objects: [
      { rect: { ...place({ x: 0, y: 40, w: SLIDE.w, h: 5 }), fill: { color: theme.accent } } },
      ...logoObjects(spec, theme, { x: 4, y: 4, w: 16, h: 7 }, theme.white),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER.section,
    background: { color: theme.primary },
    objects: [
      { rect: { ...place({ x: 4, y: 24, w: 12, h: 0 }), line: { color: theme.accent, width: 3 } } },
      footerText(agency, theme, theme.white),
    ],
    slideNumber: slideNumberProps(theme, theme.white),
  });
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: theme.white },
    objects: [
      { rect: { ...place(REGION.rule), line: { color: theme.accent, width: 2 } } },
      ...logoObjects(spec, theme, REGION.logo, theme.primary),
      footerText(agency, theme, theme.muted),
    ],
    slideNumber: slideNumberProps(theme, theme.muted),
  });
}

/** The logo, fitted inside `box` without distortion, or the agency name in its place. */
function logoObjects(spec: DeckSpec, theme: Theme, box: Box, color: string): MasterObject[] {
  const logo = spec.logo;
  if (!logo) {
    const name = slotText(spec.branding.agencyName, 40, { singleLine: true });
    return [
      {
        text: {
          text: name,
          options: {
            ...place(box),
            fontFace: theme.font,
            fontSize: theme.size.small,
            bold: true,
            color,
            align: 'right',
            valign: 'middle',
            fit: 'shrink',
          },
        },
      },
    ];
  }
  const fitted = fitInside(box, logo.widthPx / logo.heightPx);
  return [{ image: { data: logo.data, ...place(fitted) } }];
}

/** Largest whole-unit box of the given aspect ratio inside `box`, right-aligned and centred vertically. */
export function fitInside(box: Box, aspect: number): Box {
  let w = box.w;
  let h = Math.round(w / aspect);
  if (h > box.h) {
    h = box.h;
    w = Math.max(1, Math.round(h * aspect));
  }
  h = Math.max(1, h);
  return { x: box.x + box.w - w, y: box.y + Math.floor((box.h - h) / 2), w, h };
}

function footerText(agency: string, theme: Theme, color: string): MasterObject {
  return {
    text: {
      text: agency,
      options: {
        ...place({ ...REGION.footer, w: 60 }),
        fontFace: theme.font,
        fontSize: theme.size.footer,
        color,
        valign: 'middle',
        margin: 0,
      },
    },
  };
}

function slideNumberProps(theme: Theme, color: string): PptxGenJS.SlideNumberProps {
  const box = { x: REGION.footer.x + REGION.footer.w - 8, y: REGION.footer.y, w: 8, h: REGION.footer.h };
  return {
    x: inches(box.x),
    y: inches(box.y),
    w: inches(box.w),
    h: inches(box.h),
    fontFace: theme.font,
    fontSize: theme.size.footer,
    color,
    align: 'right',
  };
}
