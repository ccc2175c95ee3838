import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { convertWithLibreOffice } from './libreoffice';

/**
 * A second, independent reader of the decks' OOXML: LibreOffice's own PowerPoint import (C++ code
 * that shares nothing with pptxgenjs or our post-processing), saved as OpenDocument and read back.
 * What LibreOffice understood — page size, master pages and their pictures, fonts, native charts
 * and their series colours — is what survived, whatever our own writer believes it wrote.
 * (python-pptx is not installable here; this reader comes with the LibreOffice the suite needs.)
 */
export interface OdpReport {
  /** `25.4cm × 19.05cm`, the size of the page layout the slides use. */
  pageSize: string;
  masterPages: { name: string; images: Uint8Array[] }[];
  fontFaces: Set<string>;
  /** The master page name of each slide, in order. */
  slideMasters: string[];
  /** Each embedded chart's series colours (fill or stroke), lower-case hex without `#`. */
  charts: { object: string; seriesColours: string[]; data: ChartTable | null }[];
}

/** A chart's data as LibreOffice holds it: one row per category, one column per series. */
export interface ChartTable {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

export async function convertToOdp(pptxPaths: string[], outDir: string): Promise<string[]> {
  await convertWithLibreOffice('odp', pptxPaths, outDir);
  return pptxPaths.map((p) => join(outDir, basename(p).replace(/\.pptx$/i, '.odp')));
}

export async function readOdp(path: string): Promise<OdpReport> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const styles = await zip.file('styles.xml')!.async('string');
  const content = await zip.file('content.xml')!.async('string');
  const slideMasters = [...content.matchAll(/<draw:page [^>]*draw:master-page-name="([^"]+)"/g)].map((m) => m[1]!);
  const used = new Set(slideMasters);
  const pageSize = pageSizeOf(styles, [...used][0] ?? '');
  const masterPages = await Promise.all(
    [...styles.matchAll(/<style:master-page [^>]*style:name="([^"]+)"[^>]*>(.*?)<\/style:master-page>/gs)]
      .filter((m) => used.has(m[1]!))
      .map(async (m) => ({
        name: m[1]!,
        images: await Promise.all(
          [...m[2]!.matchAll(/<draw:image [^>]*xlink:href="([^"]+)"/g)].map((i) =>
            zip.file(i[1]!)!.async('uint8array'),
          ),
        ),
      })),
  );
  const fontFaces = new Set(
    [...(styles + content).matchAll(/<style:font-face [^>]*svg:font-family="([^"]+)"/g)].map((m) =>
      m[1]!.replace(/&apos;|'/g, ''),
    ),
  );
  const objects = [...content.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const charts = await Promise.all(
    objects.map(async (object) => ({
      object,
      seriesColours: await seriesColours(zip, object),
      data: await chartTable(zip, object),
    })),
  );
  return { pageSize, masterPages, fontFaces, slideMasters, charts };
}

async function seriesColours(zip: JSZip, object: string): Promise<string[]> {
  const xml = await zip.file(`${object}/content.xml`)?.async('string');
  if (!xml?.includes('<chart:chart')) return [];
  return [...xml.matchAll(/<chart:series [^>]*chart:style-name="([^"]+)"/g)].map((m) => {
    const style = new RegExp(`<style:style style:name="${m[1]}"[^>]*>(.*?)</style:style>`, 's').exec(xml)?.[1] ?? '';
    const colour =
      /draw:fill-color="#([0-9a-fA-F]{6})"/.exec(style) ?? /svg:stroke-color="#([0-9a-fA-F]{6})"/.exec(style);
    return colour ? colour[1]!.toLowerCase() : '';
  });
}

/** The size of the page layout a master page uses: `25.4cm × 19.05cm`. */
function pageSizeOf(styles: string, master: string): string {
  const tag = new RegExp(`<style:master-page [^>]*style:name="${master}"[^>]*>`).exec(styles)?.[0] ?? '';
  const layout = /style:page-layout-name="([^"]+)"/.exec(tag)?.[1];
  const at = styles.indexOf(`<style:page-layout style:name="${layout}"`);
  const props = at < 0 ? '' : (/<style:page-layout-properties [^>]*>/.exec(styles.slice(at))?.[0] ?? '');
  const w = /fo:page-width="([^"]+)"/.exec(props)?.[1];
  const h = /fo:page-height="([^"]+)"/.exec(props)?.[1];
  return w && h ? `${w} × ${h}` : '';
}

/** The chart's local table: header row = series names, then a category and a value per series in each row. */
async function chartTable(zip: JSZip, object: string): Promise<ChartTable | null> {
  const xml = await zip.file(`${object}/content.xml`)?.async('string');
  const table = xml && /<table:table table:name="local-table">(.*?)<\/table:table>/s.exec(xml)?.[1];
  if (!table) return null;
  const rowsOf = (part: string) =>
    [...part.matchAll(/<table:table-row>(.*?)<\/table:table-row>/gs)].map((m) => cells(m[1]!));
  const header = rowsOf(/<table:table-header-rows>(.*?)<\/table:table-header-rows>/s.exec(table)?.[1] ?? '')[0] ?? [];
  const rows = rowsOf(/<table:table-rows>(.*?)<\/table:table-rows>/s.exec(table)?.[1] ?? '');
  return {
    categories: rows.map((r) => r[0]?.text ?? ''),
    series: header.slice(1).map((h, i) => ({ name: h.text, values: rows.map((r) => r[i + 1]?.value ?? null) })),
  };
}

function cells(row: string): { text: string; value: number | null }[] {
  return [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)].map((m) => {
    const value = /office:value="([^"]+)"/.exec(m[1]!)?.[1];
    const number = value === undefined ? Number.NaN : Number(value);
    const text = [...(m[2] ?? '').matchAll(/<text:p>(.*?)<\/text:p>/gs)].map((p) => unescapeXml(p[1]!)).join('\n');
    return { text, value: Number.isFinite(number) ? number : null };
  });
}

function unescapeXml(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
