import { contentTypeOf, parseContentTypes, parseRels, relsPathOf, type ContentTypes, type Relationship } from './opc';
import { openPackage, PackageError, type PackageReader } from './package-read';
import { pickLayouts, readLayouts } from './pick-layouts';
import { plainThemeFills, pruneRelationships } from './prune-parts';
import { colourMapOf, masterTextColour, slideKindOf, themeColours, themeFonts } from './template-parts';
import { MAX_TEMPLATE_PICTURE_BYTES, slideSizeProblem } from './template-limits';
import type { DeckTemplate, TemplateRole, TemplateSlideKind } from './template-types';
import { attr, buildXml, child, childrenOf, parseXml, path, rootOf, setChildren, XmlPartError } from './xml-tree';

/** Why a file cannot be a template, finishing "…"name" …" in a CSM's words. */
export class TemplateError extends Error {}

export interface TemplateRead {
  template: DeckTemplate;
  /** What the deck will not take from the file, in plain words. */
  ignored: string[];
}

const PRESENTATION = /presentationml\.(presentation|template|slideshow)\.main\+xml$/;
const OFFICE_DOCUMENT = `${'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}/officeDocument`;

/** Reads a .potx/.pptx (or a template Fieldbook kept) into what decks take from it. */
export async function readTemplate(name: string, bytes: Uint8Array): Promise<TemplateRead> {
  try {
    return await readPackage(name, await openPackage(bytes));
  } catch (e) {
    if (e instanceof PackageError || e instanceof XmlPartError) throw new TemplateError(`is damaged: ${e.message}`);
    throw e;
  }
}

async function readPackage(name: string, pkg: PackageReader): Promise<TemplateRead> {
  if (!pkg.has('[Content_Types].xml')) throw new TemplateError('is not a PowerPoint template or presentation');
  const types = parseContentTypes(await pkg.text('[Content_Types].xml'));
  const main = await mainPart(pkg);
  refuseMacros(pkg, types, main);
  const ignored: string[] = [];
  const pres = rootOf(parseXml(await pkg.text(main), main));
  const presRels = await relsOf(pkg, main);
  const sizeEmu = slideSize(pres);
  const masterIds = childrenOf(child(pres, 'p:sldMasterIdLst') ?? {});
  const masterRel = presRels.find((r) => r.id === attr(masterIds[0], 'r:id') && r.type === 'slideMaster');
  if (!masterRel || !pkg.has(masterRel.target))
    throw new TemplateError('has no slide master, so it has no design to use');
  noteUnused(pres, masterIds.length, ignored);
  const masterPart = masterRel.target;
  const masterDoc = parseXml(await pkg.text(masterPart), masterPart);
  const masterRels = await relsOf(pkg, masterPart);
  const themeRel = masterRels.find((r) => r.type === 'theme' && !r.external);
  if (!themeRel || !pkg.has(themeRel.target)) throw new TemplateError('has no theme (colours and fonts)');
  const themeDoc = parseXml(await pkg.text(themeRel.target), themeRel.target);
  const colours = themeColours(themeDoc);
  if (!colours) throw new TemplateError('has a theme without a complete colour scheme');
  if (plainThemeFills(rootOf(themeDoc)!)) ignored.push('picture fills in its theme (plain fills are used)');
  const ctx = { colours, colourMap: colourMapOf(masterDoc) };
  const layouts = await readLayouts(pkg, masterRels);
  const picked = pickLayouts(layouts);
  const usedParts = new Set(Object.values(picked).map((l) => l.part));
  const unused = layouts.filter((l) => !usedParts.has(l.part));
  if (unused.length > 0)
    ignored.push(
      unusedLayoutsNote(
        unused.map((l) => l.name),
        Object.values(picked).map((l) => l.name),
      ),
    );
  const xml = new Map<string, string>();
  const media = new Map<string, Uint8Array>();
  const rels = new Map<string, Relationship[]>();
  const keepMaster = (r: Relationship) =>
    (r.type === 'slideLayout' && usedParts.has(r.target)) || r.type === 'theme' || isPicture(r);
  await carry(pkg, masterPart, masterDoc, masterRels, keepMaster, { xml, media, rels }, 'the master', ignored);
  filterLayoutList(
    rootOf(masterDoc)!,
    new Set(
      rels
        .get(masterPart)!
        .filter((r) => r.type === 'slideLayout')
        .map((r) => r.id),
    ),
  );
  xml.set(masterPart, buildXml(masterDoc));
  xml.set(themeRel.target, buildXml(themeDoc));
  const masterKind = slideKindOf(masterPart, masterDoc, ctx);
  const kinds: Partial<Record<TemplateRole, TemplateSlideKind>> = {};
  for (const [role, layout] of Object.entries(picked) as [TemplateRole, (typeof layouts)[number]][]) {
    const keep = (r: Relationship) => r.type === 'slideMaster' || isPicture(r);
    await carry(
      pkg,
      layout.part,
      layout.doc,
      layout.rels,
      keep,
      { xml, media, rels },
      `the "${layout.name}" layout`,
      ignored,
    );
    xml.set(layout.part, buildXml(layout.doc));
    kinds[role] = slideKindOf(layout.part, layout.doc, ctx, masterKind.placeholders);
  }
  const template: DeckTemplate = {
    name,
    sizeEmu,
    colours,
    colourMap: ctx.colourMap,
    fonts: themeFonts(themeDoc),
    titleColour: masterTextColour(masterDoc, 'title', ctx),
    bodyColour: masterTextColour(masterDoc, 'body', ctx),
    master: masterKind,
    layouts: kinds,
    themePart: themeRel.target,
    xml,
    media,
    rels,
  };
  return { template, ignored };
}

function isPicture(r: Relationship): boolean {
  return r.type === 'image' && !r.external;
}

/** Prunes a part to what can be carried, reads its pictures, and records what was left out. */
async function carry(
  pkg: PackageReader,
  part: string,
  doc: ReturnType<typeof parseXml>,
  partRels: Relationship[],
  keep: (r: Relationship) => boolean,
  into: { xml: Map<string, string>; media: Map<string, Uint8Array>; rels: Map<string, Relationship[]> },
  where: string,
  ignored: string[],
): Promise<void> {
  const pruned = pruneRelationships(rootOf(doc)!, partRels, keep);
  for (const what of pruned.leftOut) ignored.push(`${what} on ${where}`);
  for (const r of pruned.kept.filter(isPicture)) {
    if (!pkg.has(r.target)) throw new TemplateError(`is damaged: the picture ${r.target} on ${where} is missing`);
    if (!into.media.has(r.target)) into.media.set(r.target, await pkg.bytes(r.target, MAX_TEMPLATE_PICTURE_BYTES));
  }
  into.rels.set(part, pruned.kept);
}

function filterLayoutList(master: ReturnType<typeof rootOf> & object, keptIds: ReadonlySet<string>): void {
  const list = child(master, 'p:sldLayoutIdLst');
  if (list)
    setChildren(
      list,
      childrenOf(list).filter((n) => keptIds.has(attr(n, 'r:id') ?? '')),
    );
}

async function mainPart(pkg: PackageReader): Promise<string> {
  const rels = pkg.has('_rels/.rels') ? parseRels(await pkg.text('_rels/.rels'), '') : [];
  const main = rels.find((r) => r.typeUri === OFFICE_DOCUMENT || r.type === 'officeDocument');
  if (!main || !pkg.has(main.target)) throw new TemplateError('is not a PowerPoint template or presentation');
  return main.target;
}

function refuseMacros(pkg: PackageReader, types: ContentTypes, main: string): void {
  const type = contentTypeOf(types, main) ?? '';
  const macros =
    /macroEnabled/i.test(type) ||
    [...pkg.names].some((n) => /vbaProject\.bin$/i.test(n)) ||
    [...types.overrides.values(), ...types.defaults.values()].some((t) => /vbaProject/i.test(t));
  if (macros)
    throw new TemplateError(
      'contains macros (it is a macro-enabled .pptm or .potm file, perhaps renamed). Fieldbook never takes files ' +
        'with macros: save it in PowerPoint as a PowerPoint Template (.potx) and import that',
    );
  if (/wordprocessingml/.test(type)) throw new TemplateError('is a Word document, not a PowerPoint template');
  if (/spreadsheetml/.test(type)) throw new TemplateError('is an Excel workbook, not a PowerPoint template');
  if (!PRESENTATION.test(type)) throw new TemplateError('is not a PowerPoint template or presentation');
}

function slideSize(pres: ReturnType<typeof rootOf>): { cx: number; cy: number } {
  const size = child(pres, 'p:sldSz');
  const cx = Number(attr(size, 'cx') ?? 9_144_000);
  const cy = Number(attr(size, 'cy') ?? 6_858_000);
  const problem = slideSizeProblem(cx, cy);
  if (problem) throw new TemplateError(problem);
  return { cx, cy };
}

async function relsOf(pkg: PackageReader, part: string): Promise<Relationship[]> {
  const rels = relsPathOf(part);
  return pkg.has(rels) ? parseRels(await pkg.text(rels), part) : [];
}

/** Slides, other masters and embedded fonts are not what a template is used for here; say so. */
function noteUnused(pres: ReturnType<typeof rootOf>, masters: number, ignored: string[]): void {
  const slides = childrenOf(child(pres, 'p:sldIdLst') ?? {}).length;
  if (slides > 0) ignored.push(`its ${slides} slide${slides === 1 ? '' : 's'} (only its design is used)`);
  if (masters > 1) ignored.push(`${masters - 1} more slide master${masters > 2 ? 's' : ''} (the first is used)`);
  const fonts = childrenOf(child(pres, 'p:embeddedFontLst') ?? {})
    .map((f) => attr(path(f, 'p:font'), 'typeface'))
    .filter(Boolean);
  if (fonts.length > 0)
    ignored.push(`its embedded fonts (${fonts.join(', ')}): install them on each computer that shows the decks`);
}

function unusedLayoutsNote(unused: string[], used: string[]): string {
  const names = unused.slice(0, 3).map((n) => `"${n}"`);
  const more = unused.length > 3 ? ` and ${unused.length - 3} more` : '';
  const words = used.map((n) => `"${n}"`).join(', ');
  return `its other layouts (${names.join(', ')}${more}): decks use ${words || 'the master'}`;
}
