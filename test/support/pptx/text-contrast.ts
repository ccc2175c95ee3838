import JSZip from 'jszip';
import {
  backgroundFill,
  colourIn,
  contrast,
  schemeColour,
  type ColourContext,
} from '../../../src-core/deck/template/template-colours';
import { boxOf, colourMapOf, themeColours } from '../../../src-core/deck/template/template-parts';
import type { EmuBox } from '../../../src-core/deck/template/template-types';
import {
  attr,
  child,
  childrenOf,
  findAll,
  parseXml,
  path,
  rootOf,
  tagOf,
  type XmlNode,
} from '../../../src-core/deck/template/xml-tree';

/** A run of text on a slide and what is behind it, as a reader sees it. */
export interface TextOnSlide {
  slide: number;
  text: string;
  colour: string;
  behind: string;
  ratio: number;
}

/**
 * Every run of text in a rendered deck with the colour behind it: its own shape's or table cell's
 * fill, else the filled shape drawn before it that it sits on, else the slide's background (the
 * slide's, its layout's or its master's, scheme colours resolved through the master's colour map).
 * A picture or gradient covering most of the slide stands for `photo`, the colour the test drew it in. Chart
 * text (axes, legend) is read against the slide's background.
 */
export async function textOnSlides(bytes: Uint8Array, photo?: string): Promise<TextOnSlide[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (part: string) => parseXml(await zip.file(part)!.async('string'), part);
  const size = path(rootOf(await read('ppt/presentation.xml')), 'p:sldSz');
  const slideArea = Number(attr(size, 'cx')) * Number(attr(size, 'cy'));
  const masterPart = Object.keys(zip.files).find((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n))!;
  const master = await read(masterPart);
  const themePart = Object.keys(zip.files).find((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))!;
  const ctx: ColourContext = { colours: themeColours(await read(themePart))!, colourMap: colourMapOf(master) };
  const backgroundOf = (doc: XmlNode[]): string | null => {
    const cSld = child(rootOf(doc), 'p:cSld');
    const tree = child(cSld, 'p:spTree');
    // A picture, or a shape filled with other than one colour, over most of the slide: the photo.
    const shapes = tree ? childrenOf(tree).filter((s) => ['p:pic', 'p:sp'].includes(tagOf(s))) : [];
    const covering = shapes.filter((s) => area(boxOf(s)) >= 0.8 * slideArea && !path(s, 'p:nvSpPr', 'p:nvPr', 'p:ph'));
    const top = covering[covering.length - 1];
    if (top && photo && !child(child(top, 'p:spPr'), 'a:solidFill')) return photo;
    const fill = backgroundFill(child(cSld, 'p:bg'), ctx);
    return fill?.kind === 'colour' ? fill.color : null;
  };
  const out: TextOnSlide[] = [];
  const slides = Object.keys(zip.files)
    .map((n) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  for (const n of slides) {
    const doc = await read(`ppt/slides/slide${n}.xml`);
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
    const layoutPart = `ppt/slideLayouts/${/Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rels)![1]}`;
    const slideBg =
      backgroundOf(doc) ?? backgroundOf(await read(layoutPart)) ?? backgroundOf(master) ?? colour('bg1', ctx);
    const filled: { box: EmuBox; fill: string }[] = [];
    const tree = path(rootOf(doc), 'p:cSld', 'p:spTree');
    for (const shape of tree ? childrenOf(tree) : []) {
      if (tagOf(shape) === 'p:graphicFrame') {
        for (const cell of findAll(shape, 'a:tc')) {
          const fill = colourIn(child(child(cell, 'a:tcPr'), 'a:solidFill'), ctx) ?? slideBg;
          out.push(...runs(child(cell, 'a:txBody'), fill, n, ctx));
        }
        continue;
      }
      if (tagOf(shape) !== 'p:sp') continue;
      const box = boxOf(shape);
      const own = colourIn(child(child(shape, 'p:spPr'), 'a:solidFill'), ctx);
      const under = [...filled].reverse().find((f) => box && contains(f.box, centre(box)))?.fill;
      out.push(...runs(child(shape, 'p:txBody'), own ?? under ?? slideBg, n, ctx));
      if (own && box) filled.push({ box, fill: own });
    }
    for (const chart of rels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)) {
      const chartDoc = await read(`ppt/charts/${chart[1]}`);
      for (const rPr of findAll(rootOf(chartDoc)!, 'a:defRPr')) {
        const c = colourIn(child(rPr, 'a:solidFill'), ctx);
        if (c) out.push(entry(n, `chart text in ${chart[1]}`, c, slideBg));
      }
    }
  }
  return out;
}

function runs(body: XmlNode | undefined, behind: string, slide: number, ctx: ColourContext): TextOnSlide[] {
  if (!body) return [];
  return findAll(body, 'a:r').flatMap((r) => {
    const text = findAll(r, 'a:t')
      .flatMap((t) => childrenOf(t).map((c) => String(c['#text'] ?? '')))
      .join('');
    if (text.trim() === '') return [];
    const c = colourIn(child(child(r, 'a:rPr'), 'a:solidFill'), ctx) ?? colour('tx1', ctx);
    return [entry(slide, text, c, behind)];
  });
}

function entry(slide: number, text: string, c: string, behind: string): TextOnSlide {
  return { slide, text: text.slice(0, 60), colour: c, behind, ratio: Math.round(contrast(c, behind) * 100) / 100 };
}

function colour(scheme: string, ctx: ColourContext): string {
  return schemeColour(scheme, ctx) ?? '000000';
}

const area = (b: EmuBox | null) => (b ? b.cx * b.cy : 0);
const centre = (b: EmuBox) => ({ x: b.x + b.cx / 2, y: b.y + b.cy / 2 });
const contains = (b: EmuBox, p: { x: number; y: number }) =>
  p.x >= b.x && p.x <= b.x + b.cx && p.y >= b.y && p.y <= b.y + b.cy;
