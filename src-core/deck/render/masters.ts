import type PptxGenJS from 'pptxgenjs';
import { inches, place, type Box } from '../grid';
import type { Frame } from '../frame';
import type { Theme } from '../theme';
import type { DeckSpec } from '../types';
import { slotText } from '../clean-text';

export const MASTER = { title: 'FIELDBOOK_TITLE', section: 'FIELDBOOK_SECTION', content: 'FIELDBOOK_CONTENT' } as const;

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

export interface MasterOptions {
  /** Draw the branding logo (or the agency name): false when the template brings its own logo. */
  logo: boolean;
}

/**
 * The three masters, defined once per deck: the agency's branding (logo, colours, agency
 * name in the footer, page number) lives here, so slides carry only their content. On an agency
 * template the backgrounds, bands and logo are the template's (carried in by apply-template.ts);
 * these masters then add only the footer and page number where the template puts them.
 */
export function defineMasters(
  pptx: PptxGenJS,
  theme: Theme,
  frame: Frame,
  spec: DeckSpec,
  options: MasterOptions,
): void {
  const agency = slotText(spec.branding.agencyName, 60, { singleLine: true });
  const background = theme.coverBackground ? { background: { color: theme.coverBackground } } : {};
  const band =
    frame.cover.band && !theme.fromTemplate
      ? [{ rect: { ...place(frame.cover.band), fill: { color: theme.accent } } }]
      : [];
  pptx.defineSlideMaster({
    title: MASTER.title,
    ...background,
    objects: [...band, ...(options.logo ? logoObjects(spec, theme, frame.cover.logo, theme.coverText) : [])],
  });
  const sectionRule = frame.section.rule
    ? [{ rect: { ...place(frame.section.rule), line: { color: theme.accent, width: 3 } } }]
    : [];
  pptx.defineSlideMaster({
    title: MASTER.section,
    ...background,
    objects: [...sectionRule, footerText(agency, theme, frame.footer, theme.sectionText)],
    slideNumber: slideNumberProps(theme, frame.slideNumber, theme.sectionText),
  });
  const rule = frame.rule ? [{ rect: { ...place(frame.rule), line: { color: theme.accent, width: 2 } } }] : [];
  pptx.defineSlideMaster({
    title: MASTER.content,
    ...(theme.fromTemplate ? {} : { background: { color: theme.white } }),
    objects: [
      ...rule,
      ...(options.logo ? logoObjects(spec, theme, frame.logo, theme.titleColor) : []),
      footerText(agency, theme, frame.footer, theme.muted),
    ],
    slideNumber: slideNumberProps(theme, frame.slideNumber, theme.muted),
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

function footerText(agency: string, theme: Theme, box: Box, color: string): MasterObject {
  return {
    text: {
      text: agency,
      options: {
        ...place(box),
        fontFace: theme.font,
        fontSize: theme.size.footer,
        color,
        valign: 'middle',
        margin: 0,
      },
    },
  };
}

function slideNumberProps(theme: Theme, box: Box, color: string): PptxGenJS.SlideNumberProps {
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
