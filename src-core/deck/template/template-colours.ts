import { attr, child, childrenOf, tagOf, type XmlNode } from './xml-tree';
import type { Fill, SchemeColour } from './template-types';

/**
 * Colours in a template are often scheme references (`tx1`, `accent2`) with tints (`lumMod`).
 * Resolved to 6-digit hex, they decide the chart colours and which text colour reads on a
 * background. Tints are applied in HSL the way PowerPoint does, close enough to pick a shade.
 */
export interface ColourContext {
  colours: Record<SchemeColour, string>;
  colourMap: Record<string, string>;
}

const PRESET: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', blue: '0000FF' };
const COLOUR_TAGS = new Set(['a:srgbClr', 'a:schemeClr', 'a:sysClr', 'a:prstClr', 'a:scrgbClr', 'a:hslClr']);

/** The first colour element under `node` (e.g. an `a:solidFill`), resolved; null when none is understood. */
export function colourIn(node: XmlNode | undefined, ctx: ColourContext): string | null {
  const el = node && childrenOf(node).find((c) => COLOUR_TAGS.has(tagOf(c)));
  if (!el) return null;
  const base = baseColour(el, ctx);
  return base ? withTints(base, el) : null;
}

function baseColour(el: XmlNode, ctx: ColourContext): string | null {
  switch (tagOf(el)) {
    case 'a:srgbClr':
      return hex6(attr(el, 'val'));
    case 'a:sysClr':
      return hex6(attr(el, 'lastClr')) ?? (attr(el, 'val') === 'window' ? 'FFFFFF' : '000000');
    case 'a:prstClr':
      return PRESET[attr(el, 'val') ?? ''] ?? null;
    case 'a:schemeClr':
      return schemeColour(attr(el, 'val') ?? '', ctx);
    default:
      return null;
  }
}

export function schemeColour(name: string, ctx: ColourContext): string | null {
  const mapped = ctx.colourMap[name] ?? { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' }[name] ?? name;
  return (ctx.colours as Record<string, string>)[mapped] ?? null;
}

function hex6(v: string | undefined): string | null {
  return v && /^[0-9a-fA-F]{6}$/.test(v) ? v.toUpperCase() : null;
}

function withTints(hex: string, el: XmlNode): string {
  const mod = Number(attr(child(el, 'a:lumMod'), 'val') ?? 100_000) / 100_000;
  const off = Number(attr(child(el, 'a:lumOff'), 'val') ?? 0) / 100_000;
  if (mod === 1 && off === 0) return hex;
  const [h, s, l] = toHsl(hex);
  return fromHsl(h, s, Math.min(1, Math.max(0, l * mod + off)));
}

/** A background's fill: `p:bg` with `p:bgPr` (solid, gradient, picture) or `p:bgRef` (a themed fill). */
export function backgroundFill(bg: XmlNode | undefined, ctx: ColourContext): Fill | null {
  if (!bg) return null;
  const pr = child(bg, 'p:bgPr');
  if (pr) {
    if (child(pr, 'a:blipFill')) return { kind: 'picture' };
    const grad = child(pr, 'a:gradFill');
    const stop = grad && child(child(grad, 'a:gsLst'), 'a:gs');
    const c = colourIn(child(pr, 'a:solidFill'), ctx) ?? colourIn(stop, ctx);
    return c ? { kind: 'colour', color: c } : null;
  }
  const c = colourIn(child(bg, 'p:bgRef'), ctx);
  return c ? { kind: 'colour', color: c } : null;
}

/** WCAG relative luminance of a 6-digit hex colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Of the candidates, the one that reads best on `background`. */
export function mostReadable(background: string, candidates: readonly string[]): string {
  return [...candidates].sort((p, q) => contrast(q, background) - contrast(p, background))[0]!;
}

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const f = (n: number) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `${f(0)}${f(8)}${f(4)}`.toUpperCase();
}
