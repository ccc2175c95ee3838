import JSZip from 'jszip';
import type { DeckTemplate } from '../template/template-types';
import { applyTemplate } from '../template/apply-template';
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
 * deflated once here — the same path in Node, a page and a worker.
 */
export async function finishPackage(stored: Uint8Array, template: DeckTemplate | null = null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(stored);
  if (template) await applyTemplate(zip, template);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const present = new Set(names);
  // A fresh archive holds only the parts: the empty folder entries pptxgenjs adds are not parts.
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.file(name)!;
    if (name === '[Content_Types].xml') {
      out.file(name, dropPhantomOverrides(await entry.async('string'), present), { createFolders: false });
    } else if (name === 'ppt/presentation.xml') {
      out.file(name, fixPresentationXml(await entry.async('string')), { createFolders: false });
    } else if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) {
      out.file(
        name,
        singleLevelCategories(fixCategoryAxisOrder(fixLineChartOrder(fixChartXml(await entry.async('string'))))),
        {
          createFolders: false,
        },
      );
    } else if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name)) {
      out.file(name, await blankMissingCells(await entry.async('uint8array')), { createFolders: false });
    } else if (isDrawingPart(name)) {
      out.file(name, fixDrawingXml(await entry.async('string')), { createFolders: false });
    } else {
      out.file(name, await entry.async('uint8array'), { createFolders: false });
    }
  }
  // Level 1: deflating is most of a deck's write time, and level 6 saves only ~10% more
  // (a QBR is ~130 KB instead of ~120 KB), far below what mail servers care about.
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
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

/** A chart's embedded workbook without the empty cells pptxgenjs writes for missing values (Excel reads them as 0). */
async function blankMissingCells(xlsx: Uint8Array): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(xlsx);
  for (const name of Object.keys(book.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await book.file(name)!.async('string');
    book.file(name, xml.replace(/<c r="[A-Z]+\d+"><v><\/v><\/c>/g, ''));
  }
  return book.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
