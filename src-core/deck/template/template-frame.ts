import { bodyBoxes, defaultFrame, type Frame } from '../frame';
import { EMU_PER_UNIT, type Box } from '../grid';
import type { DeckTemplate, EmuBox, PlaceholderBoxes } from './template-types';

/**
 * The frame of a deck on the agency's template: its slide size, and its title, body, footer and
 * slide-number placeholders where they are sensible for a slide full of figures. A placeholder
 * that is too small or in an odd place keeps Fieldbook's own box (a deck must still fit).
 */
export function templateFrame(t: DeckTemplate): Frame {
  const w = Math.floor(t.sizeEmu.cx / EMU_PER_UNIT);
  const h = Math.floor(t.sizeEmu.cy / EMU_PER_UNIT);
  const base = defaultFrame(w, h, t.sizeEmu);
  const slide = { w, h };
  const content = { ...t.master.placeholders, ...t.layouts.content?.placeholders };
  const title = sane(unitsOf(content.title, slide), (b) => b.w >= w * 0.4 && b.h >= 3 && b.y + b.h <= h * 0.35);
  const titleBox = title ? { ...title, y: title.y + Math.max(0, title.h - 8), h: Math.min(8, title.h) } : base.title;
  const footer = sane(unitsOf(content.ftr, slide), (b) => b.y >= h * 0.75 && b.w >= 8) ?? base.footer;
  const number = sane(unitsOf(content.sldNum, slide), (b) => b.y >= h * 0.75) ?? base.slideNumber;
  const foot = Math.min(footer.y, number.y);
  const top = titleBox.y + titleBox.h + 2;
  const placed = sane(
    unitsOf(content.body ?? content.obj, slide),
    (b) => b.w >= 64 && b.h >= h * 0.45 && b.y >= top - 1,
  );
  const body = placed ?? { x: base.body.x, y: top, w: base.body.w, h: foot - 1 - top };
  return {
    ...base,
    title: titleBox,
    rule: null,
    ...bodyBoxes(body, foot),
    footer: { ...footer, h: Math.max(2, Math.min(3, footer.h)) },
    slideNumber: { ...number, h: Math.max(2, Math.min(3, number.h)) },
    pageLabel: { x: Math.max(0, number.x - 23), y: number.y, w: 22, h: Math.max(2, Math.min(3, number.h)) },
    cover: coverBoxes(t, base, slide),
    section: sectionBoxes(t, base, slide),
  };
}

function coverBoxes(t: DeckTemplate, base: Frame, slide: { w: number; h: number }): Frame['cover'] {
  const ph: PlaceholderBoxes = { ...t.master.placeholders, ...t.layouts.title?.placeholders };
  const title = sane(unitsOf(ph.ctrTitle ?? ph.title, slide), (b) => b.w >= slide.w * 0.4 && b.h >= 6);
  if (!title) return { ...base.cover, band: null };
  const below = { x: title.x, y: title.y + title.h + 1, w: title.w, h: 5 };
  const subtitle = sane(unitsOf(ph.subTitle, slide), (b) => b.w >= slide.w * 0.3 && b.h >= 3) ?? below;
  const byline = { x: subtitle.x, y: subtitle.y + subtitle.h + 1, w: subtitle.w, h: 3 };
  return {
    title,
    subtitle,
    byline: byline.y + byline.h <= slide.h - 1 ? byline : base.cover.byline,
    logo: base.cover.logo,
    band: null,
  };
}

function sectionBoxes(t: DeckTemplate, base: Frame, slide: { w: number; h: number }): Frame['section'] {
  const ph: PlaceholderBoxes = { ...t.master.placeholders, ...t.layouts.section?.placeholders };
  const title = sane(unitsOf(ph.title, slide), (b) => b.w >= slide.w * 0.4 && b.h >= 5);
  if (!t.layouts.section || !title) return { ...base.section, rule: null };
  const subtitle = sane(unitsOf(ph.body, slide), (b) => b.w >= slide.w * 0.3 && b.h >= 3);
  return { title, subtitle: subtitle ?? { x: title.x, y: title.y + title.h + 1, w: title.w, h: 5 }, rule: null };
}

/** A box in EMU as the whole grid units inside it, clipped to the slide. */
export function unitsOf(box: EmuBox | undefined, slide: { w: number; h: number }): Box | null {
  if (!box) return null;
  const x = Math.max(0, Math.ceil(box.x / EMU_PER_UNIT));
  const y = Math.max(0, Math.ceil(box.y / EMU_PER_UNIT));
  const right = Math.min(slide.w, Math.floor((box.x + box.cx) / EMU_PER_UNIT));
  const bottom = Math.min(slide.h, Math.floor((box.y + box.cy) / EMU_PER_UNIT));
  return right > x && bottom > y ? { x, y, w: right - x, h: bottom - y } : null;
}

function sane(box: Box | null, ok: (b: Box) => boolean): Box | null {
  return box && ok(box) ? box : null;
}
