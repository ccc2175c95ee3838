import type { DeckTemplate } from '../template/template-types';
import { applyTemplate } from '../template/apply-template';
import { partText, putPart, readParts, writeParts, type PackageParts } from './package-parts';
import {
  fixCategoryAxisOrder,
  fixLineChartOrder,
  fixPresentationXml,
  onePropertiesPerParagraph,
  singleLevelCategories,
} from './schema-order';

/**
 * pptxgenjs 4.0.1 writes a few things PowerPoint "repairs" although LibreOffice opens them
 * (PptxGenJS issues #1441, #1442, #1444, #1449, #1534): a content-type override per slide for
 * slide masters that do not exist, shapes without a text body, solid backgrounds without
 * the effect list the schema requires, empty line elements, and a third axis id on every 2D
 * bar and line chart that no axis defines, and a missing value as an empty `<c:v/>` in the chart
 * and an empty cell (read as 0) in its embedded workbook. It also ignores
 * `compression` for every output type but Node's stream and the browser's Blob.
 * So the package is written stored (cheap), these parts are corrected, and the whole is
 * deflated once here — the same path in Node, a page and a worker. `modifiedAt` (the deck's
 * generation instant) dates the archive's entries.
 */
export function finishPackage(
  stored: Uint8Array,
  modifiedAt: string,
  template: DeckTemplate | null = null,
): Uint8Array {
  const parts = readParts(stored);
  if (template) applyTemplate(parts, template);
  const present = new Set(parts.keys());
  for (const name of parts.keys()) {
    const fixed = fixedPart(parts, name, present, modifiedAt);
    if (fixed !== null) putPart(parts, name, fixed);
  }
  return writeParts(parts, modifiedAt, 'deflated');
}

/** The corrected content of a part pptxgenjs writes wrongly, or null when it is left as it is. */
function fixedPart(parts: PackageParts, name: string, present: Set<string>, modifiedAt: string) {
  if (name === '[Content_Types].xml') return dropPhantomOverrides(partText(parts, name), present);
  if (name === 'ppt/presentation.xml') return fixPresentationXml(partText(parts, name));
  if (/^ppt\/charts\/chart\d+\.xml$/.test(name))
    return singleLevelCategories(fixCategoryAxisOrder(fixLineChartOrder(fixChartXml(partText(parts, name)))));
  if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name)) return blankMissingCells(parts.get(name)!, modifiedAt);
  if (isDrawingPart(name)) return fixDrawingXml(partText(parts, name));
  return null;
}

function isDrawingPart(name: string): boolean {
  return /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name);
}

export function dropPhantomOverrides(xml: string, present: Set<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (tag, part: string) => (present.has(part) ? tag : ''));
}

const EMPTY_TEXT_BODY = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody>';

export function fixDrawingXml(xml: string): string {
  return onePropertiesPerParagraph(xml)
    .replace(/<a:ln><\/a:ln>|<a:ln\/>/g, '')
    .replace(/(<p:bgPr>(?:(?!<\/p:bgPr>).)*?<\/a:solidFill>)(<\/p:bgPr>)/g, '$1<a:effectLst/>$2')
    .replace(/<p:sp>((?:(?!<\/p:sp>).)*?)<\/p:sp>/gs, (sp, inner: string) =>
      inner.includes('<p:txBody') ? sp : `<p:sp>${inner}${EMPTY_TEXT_BODY}</p:sp>`,
    );
}

/**
 * Drops axis references no `<c:catAx>`, `<c:valAx>`, `<c:serAx>` or `<c:dateAx>` defines, and
 * empty points: a point absent from a cache is a blank, drawn as a gap (`dispBlanksAs`).
 */
export function fixChartXml(xml: string): string {
  const defined = new Set(
    [...xml.matchAll(/<c:(?:catAx|valAx|serAx|dateAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]!),
  );
  return xml
    .replace(/<c:(bar|line|area)Chart>(.*?)<\/c:\1Chart>/gs, (group: string) =>
      group.replace(/<c:axId val="(\d+)"\/>/g, (ref: string, id: string) => (defined.has(id) ? ref : '')),
    )
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const EMPTY_CELL = /<c r="[A-Z]+\d+"><v><\/v><\/c>/g;

/**
 * A chart's embedded workbook without the empty cells pptxgenjs writes for missing values (Excel
 * reads them as 0), or null when it has none: most charts have no gap, and their workbook is kept.
 */
function blankMissingCells(xlsx: Uint8Array, modifiedAt: string): Uint8Array | null {
  const sheets = readParts(xlsx, (name) => SHEET.test(name));
  const blanked = [...sheets.keys()].flatMap((name) => {
    const xml = partText(sheets, name);
    const without = xml.replace(EMPTY_CELL, '');
    return without.length === xml.length ? [] : [[name, without] as const];
  });
  if (blanked.length === 0) return null;
  const book = readParts(xlsx);
  for (const [name, xml] of blanked) putPart(book, name, xml);
  // Stored: the deck's own deflate compresses the workbook with everything else, once.
  return writeParts(book, modifiedAt, 'stored');
}
