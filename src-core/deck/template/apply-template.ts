import { MASTER } from '../render/masters';
import { partText, putPart, type PackageParts } from '../render/package-parts';
import { buildRels, parseContentTypes, parseRels, relsPathOf, type Relationship } from './opc';
import { mediaType } from './pack-template';
import { placeholderOf } from './template-parts';
import type { DeckTemplate, TemplateRole } from './template-types';
import {
  attrsOf,
  buildXml,
  child,
  childrenOf,
  element,
  findAll,
  parseXml,
  renameRelIds,
  rootOf,
  setChildren,
  tagOf,
  type XmlNode,
} from './xml-tree';

/**
 * Puts a deck written by pptxgenjs on the agency's template, after the fact (pptxgenjs 4 cannot
 * start from a template): the theme becomes the template's, the one slide master becomes the
 * template's master (its background, logo and shapes) over pptxgenjs's layouts, and the cover,
 * divider and content layouts take the backgrounds and pictures of the template's Title Slide,
 * Section Header and Title and Content layouts. The slide size is the template's.
 */
const MASTER_PART = 'ppt/slideMasters/slideMaster1.xml';
const THEME_PART = 'ppt/theme/theme1.xml';
const ROLE_OF: Record<string, TemplateRole> = {
  [MASTER.title]: 'title',
  [MASTER.section]: 'section',
  [MASTER.content]: 'content',
};

export function applyTemplate(parts: PackageParts, t: DeckTemplate): void {
  const text = (part: string) => partText(parts, part);
  const media = copyMedia(parts, t);
  const deckMasterRels = parseRels(text(relsPathOf(MASTER_PART)), MASTER_PART);
  putPart(parts, THEME_PART, t.xml.get(t.themePart)!);
  const master = carryMaster(t, deckMasterRels, media);
  putPart(parts, MASTER_PART, master.xml);
  putPart(parts, relsPathOf(MASTER_PART), buildRels(MASTER_PART, master.rels));
  for (const layoutRel of deckMasterRels.filter((r) => r.type === 'slideLayout')) {
    const part = layoutRel.target;
    const doc = parseXml(text(part), part);
    const role = ROLE_OF[attrsOf(child(rootOf(doc), 'p:cSld') ?? {}).name ?? ''];
    const from = role ? t.layouts[role] : undefined;
    if (!from) continue;
    const rels = parseRels(text(relsPathOf(part)), part);
    const added = mergeLayout(doc, t, from.part, media);
    putPart(parts, part, buildXml(doc));
    putPart(parts, relsPathOf(part), buildRels(part, [...rels, ...added]));
  }
  const pres = text('ppt/presentation.xml');
  putPart(
    parts,
    'ppt/presentation.xml',
    pres.replace(/<p:sldSz\b[^>]*\/>/, `<p:sldSz cx="${t.sizeEmu.cx}" cy="${t.sizeEmu.cy}"/>`),
  );
  putPart(parts, '[Content_Types].xml', withMediaTypes(text('[Content_Types].xml'), [...media.values()]));
}

/** Template pictures get names of their own beside pptxgenjs's images. */
function copyMedia(parts: PackageParts, t: DeckTemplate): Map<string, string> {
  const map = new Map<string, string>();
  let n = 0;
  for (const [part, bytes] of t.media) {
    const target = `ppt/media/template-${++n}.${part.split('.').pop()!.toLowerCase()}`;
    putPart(parts, target, bytes);
    map.set(part, target);
  }
  return map;
}

/** The template's master over the deck's layouts: its layout list rewritten, its pictures renamed. */
function carryMaster(t: DeckTemplate, deckRels: Relationship[], media: Map<string, string>) {
  const doc = parseXml(t.xml.get(t.master.part)!, t.master.part);
  const root = rootOf(doc)!;
  const pictures = renamedPictures(t.rels.get(t.master.part) ?? [], media, 'rIdT');
  renameRelIds(root, new Map(pictures.map((p) => [p.was, p.rel.id])));
  const layouts = deckRels.filter((r) => r.type === 'slideLayout');
  const list = element(
    'p:sldLayoutIdLst',
    {},
    layouts.map((r, i) => element('p:sldLayoutId', { id: String(2_147_483_649 + i), 'r:id': r.id })),
  );
  const kids = childrenOf(root).filter((c) => tagOf(c) !== 'p:sldLayoutIdLst');
  const at = kids.findIndex((c) => tagOf(c) === 'p:clrMap') + 1;
  setChildren(root, [...kids.slice(0, at), list, ...kids.slice(at)]);
  const theme = deckRels.filter((r) => r.type === 'theme');
  return { xml: buildXml(doc), rels: [...layouts, ...theme, ...pictures.map((p) => p.rel)] };
}

function renamedPictures(rels: readonly Relationship[], media: Map<string, string>, prefix: string) {
  return rels
    .filter((r) => r.type === 'image' && media.has(r.target))
    .map((r, i) => ({ was: r.id, rel: { ...r, id: `${prefix}${i + 1}`, target: media.get(r.target)! } }));
}

/**
 * The template layout's background, its pictures and plain shapes (not its placeholders: slides
 * bring their own text), under the deck's own objects. Returns the relationships they need.
 */
function mergeLayout(doc: XmlNode[], t: DeckTemplate, fromPart: string, media: Map<string, string>): Relationship[] {
  const root = rootOf(doc)!;
  const from = rootOf(parseXml(t.xml.get(fromPart)!, fromPart))!;
  const pictures = renamedPictures(t.rels.get(fromPart) ?? [], media, 'rIdL');
  renameRelIds(from, new Map(pictures.map((p) => [p.was, p.rel.id])));
  if (attrsOf(from).showMasterSp === '0') (root[':@'] as Record<string, string>).showMasterSp = '0';
  const cSld = child(root, 'p:cSld')!;
  const fromCSld = child(from, 'p:cSld');
  const bg = child(fromCSld, 'p:bg');
  const tree = child(cSld, 'p:spTree')!;
  const own = childrenOf(tree);
  const head = own.filter((c) => tagOf(c) === 'p:nvGrpSpPr' || tagOf(c) === 'p:grpSpPr');
  const shapes = childrenOf(child(fromCSld, 'p:spTree') ?? {})
    .filter((c) => tagOf(c) !== 'p:nvGrpSpPr' && tagOf(c) !== 'p:grpSpPr' && placeholderOf(c) === null)
    .map((c) => structuredClone(c));
  let id = 1000;
  for (const shape of shapes)
    for (const nv of findAll({ s: [shape] }, 'p:cNvPr')) (nv[':@'] as Record<string, string>).id = String(id++);
  setChildren(tree, [...head, ...shapes, ...own.filter((c) => !head.includes(c))]);
  setChildren(cSld, [...(bg ? [structuredClone(bg)] : []), ...childrenOf(cSld).filter((c) => tagOf(c) !== 'p:bg')]);
  return pictures.map((p) => p.rel);
}

function withMediaTypes(xml: string, parts: string[]): string {
  const known = parseContentTypes(xml).defaults;
  const add = [...new Set(parts.map((p) => p.split('.').pop()!.toLowerCase()))].filter((e) => !known.has(e));
  const defaults = add.map((e) => `<Default Extension="${e}" ContentType="${mediaType(`x.${e}`)}"/>`).join('');
  return xml.replace(/(<Types\b[^>]*>)/, `$1${defaults}`);
}
