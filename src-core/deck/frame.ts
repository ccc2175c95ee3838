import { EMU_PER_UNIT, REGION, SLIDE, type Box } from './grid';

/**
 * Where everything sits on a slide, in grid units, for one slide size. The default is the 16:9
 * grid of `grid.ts`; an agency template brings its own size and the boxes of its title, body,
 * footer and slide-number placeholders (template-frame.ts), so a deck is laid out on it.
 */
export interface Frame {
  /** The slide's exact size in EMU: a template's may be no whole number of grid units. */
  sizeEmu: { cx: number; cy: number };
  /** The whole grid units that fit on the slide. */
  slide: { w: number; h: number };
  title: Box;
  /** Where the logo (or the agency name in its place) goes on content slides. */
  logo: Box;
  /** The accent rule under the title; null when a template draws its own look. */
  rule: Box | null;
  body: Box;
  bodyAboveCommentary: Box;
  commentary: Box;
  footer: Box;
  slideNumber: Box;
  /** The page label of a paged table ("Page 2 of 3"), left of the slide number. */
  pageLabel: Box;
  cover: { title: Box; subtitle: Box; byline: Box; logo: Box; band: Box | null };
  section: { title: Box; subtitle: Box; rule: Box | null };
}

/** The body and the boxes that depend on it, from a body box and the slide's foot. */
export function bodyBoxes(body: Box, footerY: number): Pick<Frame, 'body' | 'bodyAboveCommentary' | 'commentary'> {
  const commentary = { x: body.x, y: body.y + body.h - 5, w: body.w, h: 5 };
  const bottom = Math.min(body.y + body.h, footerY - 1);
  const fitted = { ...body, h: Math.max(10, bottom - body.y) };
  return {
    body: fitted,
    bodyAboveCommentary: { ...fitted, h: Math.max(6, fitted.h - 6) },
    commentary: { ...commentary, y: fitted.y + fitted.h - 5 },
  };
}

/** The frame for a slide of `w` × `h` grid units with Fieldbook's own look (80 × 45 is the default deck). */
export function defaultFrame(w: number = SLIDE.w, h: number = SLIDE.h, sizeEmu = sizeOf(w, h)): Frame {
  const m = REGION.margin;
  const y = (units: number) => Math.round((units * h) / SLIDE.h);
  const footer = { x: m, y: h - 3, w: w - 2 * m, h: 2 };
  return {
    sizeEmu,
    slide: { w, h },
    title: { x: m, y: 2, w: w - 20, h: 6 },
    logo: { x: w - 14, y: 2, w: 10, h: 5 },
    rule: { x: m, y: 8, w: w - 2 * m, h: 0 },
    ...bodyBoxes({ x: m, y: 10, w: w - 2 * m, h: h - 14 }, footer.y),
    footer: { ...footer, w: footer.w - 12 },
    slideNumber: { x: footer.x + footer.w - 8, y: footer.y, w: 8, h: footer.h },
    pageLabel: { x: footer.x + footer.w - 32, y: footer.y, w: 22, h: footer.h },
    cover: {
      title: { x: m, y: y(14), w: w - 2 * m, h: 12 },
      subtitle: { x: m, y: y(14) + 13, w: w - 2 * m, h: 5 },
      byline: { x: m, y: h - 4, w: w - 2 * m, h: 3 },
      logo: { x: m, y: 4, w: 16, h: 7 },
      band: { x: 0, y: h - 5, w, h: 5 },
    },
    section: {
      title: { x: m, y: y(15), w: w - 2 * m, h: 8 },
      subtitle: { x: m, y: y(15) + 11, w: w - 2 * m, h: 6 },
      rule: { x: m, y: y(15) + 9, w: 12, h: 0 },
    },
  };
}

function sizeOf(w: number, h: number) {
  return { cx: w * EMU_PER_UNIT, cy: h * EMU_PER_UNIT };
}
