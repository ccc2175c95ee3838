import { backgroundFill, colourIn, type ColourContext } from './template-colours';
import type { EmuBox, Fill, PlaceholderBoxes, SchemeColour, TemplateSlideKind } from './template-types';
import { SCHEME_COLOURS } from './template-types';
import { attr, attrsOf, child, childrenOf, path, rootOf, tagOf, type XmlNode } from './xml-tree';

/** Reading what a deck needs from a template's theme, master and layouts (already parsed). */

export function themeColours(theme: XmlNode[]): Record<SchemeColour, string> | null {
  const scheme = path(rootOf(theme), 'a:themeElements', 'a:clrScheme');
  if (!scheme) return null;
  const ctx = { colours: {} as Record<SchemeColour, string>, colourMap: {} };
  const out = {} as Record<SchemeColour, string>;
  for (const name of SCHEME_COLOURS) {
    const c = colourIn(child(scheme, `a:${name}`), ctx);
    if (!c) return null;
    out[name] = c;
  }
  return out;
}

export function themeFonts(theme: XmlNode[]): { major: string; minor: string } {
  const fonts = path(rootOf(theme), 'a:themeElements', 'a:fontScheme');
  const face = (which: string) => attr(path(fonts, which, 'a:latin'), 'typeface')?.trim() || 'Calibri';
  return { major: face('a:majorFont'), minor: face('a:minorFont') };
}

export function colourMapOf(master: XmlNode[]): Record<string, string> {
  return { ...attrsOf(child(rootOf(master), 'p:clrMap') ?? {}) };
}

/**
 * The colour the master gives its titles or its body text: its text styles, as PowerPoint writes
 * them, else its title or body placeholder's own formatting, where LibreOffice and others write it
 * (list style, then the sample text's run). Null when it sets none.
 */
export function masterTextColour(master: XmlNode[], which: 'title' | 'body', ctx: ColourContext): string | null {
  const root = rootOf(master);
  const style = path(root, 'p:txStyles', which === 'title' ? 'p:titleStyle' : 'p:bodyStyle', 'a:lvl1pPr', 'a:defRPr');
  const styled = colourIn(child(style, 'a:solidFill'), ctx);
  if (styled) return styled;
  const types = which === 'title' ? ['title', 'ctrTitle'] : ['body'];
  const tree = path(root, 'p:cSld', 'p:spTree');
  const shape = tree && childrenOf(tree).find((s) => types.includes(placeholderOf(s) ?? ''));
  const body = child(shape, 'p:txBody');
  const listed = colourIn(child(path(body, 'a:lstStyle', 'a:lvl1pPr', 'a:defRPr'), 'a:solidFill'), ctx);
  if (listed) return listed;
  const sample = child(body, 'a:p');
  const run = child(child(sample, 'a:r'), 'a:rPr') ?? child(sample, 'a:endParaRPr');
  return colourIn(child(run, 'a:solidFill'), ctx);
}

/** A master's or layout's background, placeholders and pictures. */
export function slideKindOf(
  part: string,
  doc: XmlNode[],
  ctx: ColourContext,
  inherit?: PlaceholderBoxes,
): TemplateSlideKind {
  const root = rootOf(doc);
  const cSld = child(root, 'p:cSld');
  const tree = child(cSld, 'p:spTree');
  const placeholders: PlaceholderBoxes = {};
  const pictures: EmuBox[] = [];
  const shapes: TemplateSlideKind['shapes'] = [];
  for (const shape of tree ? childrenOf(tree) : []) {
    const ph = placeholderOf(shape);
    const box = boxOf(shape);
    if (ph) {
      const own = box ?? inherit?.[ph] ?? inherit?.[ph === 'obj' ? 'body' : ph];
      if (own && !placeholders[ph]) placeholders[ph] = own;
    } else if (tagOf(shape) === 'p:pic' && box) {
      pictures.push(box);
      shapes.push({ box, fill: { kind: 'picture' } });
    } else if (tagOf(shape) === 'p:sp' && box) {
      const fill = shapeFill(child(shape, 'p:spPr'), ctx);
      if (fill) shapes.push({ box, fill });
    }
  }
  return {
    part,
    name: attr(cSld, 'name') ?? '',
    placeholders,
    background: backgroundFill(child(cSld, 'p:bg'), ctx),
    pictures,
    shapes,
    showMasterShapes: attr(root, 'showMasterSp') !== '0',
  };
}

/** A plain shape's fill: a colour, or a gradient or picture of no single shade; null when unfilled. */
function shapeFill(spPr: XmlNode | undefined, ctx: ColourContext): Fill | null {
  const solid = colourIn(child(spPr, 'a:solidFill'), ctx);
  if (solid) return { kind: 'colour', color: solid };
  return child(spPr, 'a:gradFill') || child(spPr, 'a:blipFill') || child(spPr, 'a:pattFill')
    ? { kind: 'picture' }
    : null;
}

/** The placeholder type of a shape (`obj` when it names only an index), or null for a plain shape. */
export function placeholderOf(shape: XmlNode): string | null {
  const nv = childrenOf(shape).find((c) => /^p:nv\w+Pr$/.test(tagOf(c)));
  const ph = path(nv, 'p:nvPr', 'p:ph');
  if (!ph) return null;
  return attr(ph, 'type') ?? 'obj';
}

/** A shape's, picture's or frame's box as its part states it; null without a usable one. */
export function boxOf(shape: XmlNode): EmuBox | null {
  const props = child(shape, 'p:spPr') ?? child(shape, 'p:grpSpPr');
  const xfrm = child(props, 'a:xfrm') ?? child(shape, 'p:xfrm');
  const off = child(xfrm, 'a:off');
  const ext = child(xfrm, 'a:ext');
  const n = (node: XmlNode | undefined, k: string) => Number(attr(node, k));
  const box = { x: n(off, 'x'), y: n(off, 'y'), cx: n(ext, 'cx'), cy: n(ext, 'cy') };
  return Object.values(box).every(Number.isFinite) && box.cx > 0 && box.cy > 0 ? box : null;
}
