import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Opens a .pptx the way a strict client would and lists everything that would make
 * PowerPoint offer a repair: malformed XML, dangling relationships, parts without a content
 * type, fractional sizes, bad colours, characters XML forbids. Reusable by any deck test.
 */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  categories: string[];
}

export interface PackageReport {
  problems: string[];
  parts: string[];
  slideCount: number;
  /** Visible text of each slide, in order. */
  slideTexts: string[];
  /** Visible text of each slide layout (the masters: footer, agency name). */
  layoutTexts: string[];
  /** Speaker notes of each slide, in order. */
  notes: string[];
  /** Series of each chart part, by slide number (1-based) → charts on that slide. */
  chartsBySlide: Map<number, ChartSeries[][]>;
  /** Zip entries stored with DEFLATE vs STORE (files only). */
  deflatedEntries: number;
  storedEntries: number;
}

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const GEOMETRY_TAG = /<(a:off|a:ext|a:chOff|a:chExt|a:gridCol|a:tr|a:ln|p:sldSz|p:notesSz)\b([^>]*)>/g;
const GEOMETRY_ATTR = /\s(x|y|cx|cy|w|h)="([^"]*)"/g;
const COLOUR_ATTR = /<a:srgbClr val="([^"]*)"/g;

export async function inspectPptx(bytes: Uint8Array): Promise<PackageReport> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const texts = new Map<string, string>();
  for (const part of parts.filter(isXmlPart)) texts.set(part, await zip.file(part)!.async('string'));
  for (const [part, xml] of texts) checkXmlPart(part, xml, problems);
  checkRelationships(texts, new Set(parts), problems);
  checkContentTypes(texts.get('[Content_Types].xml') ?? '', parts, problems);
  const slideParts = parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).sort(byNumber);
  const { deflated, stored } = zipMethods(bytes);
  return {
    problems,
    parts,
    slideCount: slideParts.length,
    slideTexts: slideParts.map((p) => visibleText(texts.get(p)!)),
    layoutTexts: parts
      .filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p))
      .sort(byNumber)
      .map((p) => visibleText(texts.get(p)!)),
    notes: slideParts.map((p) => notesOf(p, texts)),
    chartsBySlide: chartsBySlide(slideParts, texts),
    deflatedEntries: deflated,
    storedEntries: stored,
  };
}

function isXmlPart(part: string): boolean {
  return part.endsWith('.xml') || part.endsWith('.rels');
}

function byNumber(a: string, b: string): number {
  return Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);
}

function checkXmlPart(part: string, xml: string, problems: string[]): void {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) problems.push(`${part}: not well-formed XML (${valid.err.msg} at line ${valid.err.line})`);
  if (FORBIDDEN.test(xml)) problems.push(`${part}: contains a character XML forbids`);
  for (const tag of xml.matchAll(GEOMETRY_TAG)) {
    for (const m of tag[2]!.matchAll(GEOMETRY_ATTR)) {
      if (!/^-?\d+$/.test(m[2]!)) problems.push(`${part}: <${tag[1]} ${m[1]}="${m[2]}"> is not a whole number`);
    }
  }
  if (/^ppt\/(slides|slideLayouts|slideMasters)\//.test(part)) {
    for (const m of xml.matchAll(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*)<\/p:sp>/g)) {
      if (!m[1]!.includes('<p:txBody')) problems.push(`${part}: a shape has no text body`);
    }
    for (const m of xml.matchAll(/<(a|p):txBody>((?:(?!<\/\1:txBody>)[\s\S])*)<\/\1:txBody>/g)) {
      if (!/<a:p[ >]/.test(m[2]!)) problems.push(`${part}: a text body has no paragraph`);
    }
    if (/<a:ln><\/a:ln>|<a:ln\/>/.test(xml)) problems.push(`${part}: empty line element`);
    if (/<p:bgPr>(?:(?!<\/p:bgPr>)[\s\S])*<\/a:solidFill><\/p:bgPr>/.test(xml))
      problems.push(`${part}: background without an effect list`);
  }
  if (/^ppt\/charts\/chart\d+\.xml$/.test(part)) {
    const defined = new Set(
      [...xml.matchAll(/<c:(?:catAx|valAx|serAx|dateAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]),
    );
    for (const m of xml.matchAll(/<c:axId val="(\d+)"\/>/g)) {
      if (!defined.has(m[1])) problems.push(`${part}: axis id ${m[1]} is referenced but no axis defines it`);
    }
  }
  for (const m of xml.matchAll(COLOUR_ATTR)) {
    if (!/^[0-9A-Fa-f]{6}$/.test(m[1]!)) problems.push(`${part}: colour "${m[1]}" is not 6-digit hex`);
  }
}

function checkRelationships(texts: Map<string, string>, parts: Set<string>, problems: string[]): void {
  for (const [relsPart, xml] of texts) {
    if (!relsPart.endsWith('.rels')) continue;
    const sourceDir = relsPart.replace(/_rels\/[^/]*\.rels$/, '');
    for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const attrs = m[1]!;
      if (/TargetMode="External"/.test(attrs)) continue;
      const target = /Target="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const resolved = resolvePath(sourceDir, target);
      if (!parts.has(resolved)) problems.push(`${relsPart}: relationship target ${target} (${resolved}) is missing`);
    }
  }
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = dir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function checkContentTypes(xml: string, parts: string[], problems: string[]): void {
  const defaults = new Set([...xml.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...xml.matchAll(/<Override PartName="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')));
  for (const part of parts) {
    if (part === '[Content_Types].xml') continue;
    const ext = part.split('.').pop()!.toLowerCase();
    if (!overrides.has(part) && !defaults.has(ext)) problems.push(`[Content_Types].xml: no content type for ${part}`);
  }
  for (const o of overrides)
    if (!parts.includes(o)) problems.push(`[Content_Types].xml: override for missing part ${o}`);
}

function visibleText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeEntities(m[1]!)).join('\n');
}

function notesOf(slidePart: string, texts: Map<string, string>): string {
  const n = /slide(\d+)\.xml$/.exec(slidePart)![1];
  const xml = texts.get(`ppt/notesSlides/notesSlide${n}.xml`) ?? '';
  const body = /name="Notes Placeholder 2"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
  // pptxgenjs writes a note's line breaks as CRLF inside one run.
  return visibleText(body).replace(/\r\n/g, '\n');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['c:ser', 'c:pt'].includes(name) });

function chartsBySlide(slideParts: string[], texts: Map<string, string>): Map<number, ChartSeries[][]> {
  const result = new Map<number, ChartSeries[][]>();
  slideParts.forEach((part, i) => {
    const rels = texts.get(`${part.replace('slides/', 'slides/_rels/')}.rels`) ?? '';
    const targets = [...rels.matchAll(/Target="([^"]*charts\/chart\d+\.xml)"/g)].map((m) =>
      resolvePath('ppt/slides', m[1]!),
    );
    result.set(
      i + 1,
      targets.map((t) => seriesOf(texts.get(t) ?? '')),
    );
  });
  return result;
}

function seriesOf(chartXml: string): ChartSeries[] {
  const doc = parser.parse(chartXml);
  const found: ChartSeries[] = [];
  walk(doc, (key, node) => {
    if (key !== 'c:ser') return;
    for (const ser of node as Record<string, any>[]) {
      const name = String(ser['c:tx']?.['c:strRef']?.['c:strCache']?.['c:pt']?.[0]?.['c:v'] ?? '');
      const cache = ser['c:val']?.['c:numRef']?.['c:numCache'];
      const pts: any[] = cache?.['c:pt'] ?? [];
      // A point absent from the cache is a blank (a gap): place each by its idx within ptCount.
      const count = Number(cache?.['c:ptCount']?.['@_val'] ?? pts.length);
      const values: (number | null)[] = Array.from({ length: count }, () => null);
      for (const p of pts) {
        const v = p['c:v'];
        values[Number(p['@_idx'])] = v === '' || v === undefined ? null : Number(v);
      }
      const cat = ser['c:cat'];
      const cats =
        cat?.['c:multiLvlStrRef']?.['c:multiLvlStrCache']?.['c:lvl']?.['c:pt'] ??
        cat?.['c:strRef']?.['c:strCache']?.['c:pt'] ??
        [];
      found.push({
        name,
        values,
        categories: cats.map((p: any) => String(p['c:v'])),
      });
    }
  });
  return found;
}

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value);
    if (Array.isArray(value)) for (const v of value) walk(v, visit);
    else walk(value, visit);
  }
}

/** Reads the zip central directory: how many file entries are deflated vs stored. */
function zipMethods(bytes: Uint8Array): { deflated: number; stored: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) return { deflated: 0, stored: 0 };
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let deflated = 0;
  let stored = 0;
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const nameLen = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (!name.endsWith('/')) {
      if (method === 8) deflated++;
      else stored++;
    }
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { deflated, stored };
}
