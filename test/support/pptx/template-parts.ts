import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

/**
 * What a rendered deck took from its template, read straight from the package: its theme's colours
 * and fonts, slide size, the master's pictures (with their bytes), each layout's background, the
 * fonts its text runs use, and the fill colour of every chart series.
 */
export interface TemplatePartsReport {
  size: { cx: number; cy: number };
  themeColours: Record<string, string>;
  themeFonts: { major: string; minor: string };
  masterPictures: { x: number; y: number; cx: number; cy: number; bytes: Uint8Array }[];
  layoutBackgrounds: Record<string, string | null>;
  runFonts: Set<string>;
  charts: { part: string; native: boolean; seriesColours: string[] }[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

export async function readTemplateParts(bytes: Uint8Array): Promise<TemplatePartsReport> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (p: string) => zip.file(p)!.async('string');
  const pres = parser.parse(await text('ppt/presentation.xml'))['p:presentation'];
  const theme = parser.parse(await text('ppt/theme/theme1.xml'))['a:theme']['a:themeElements'];
  const scheme = theme['a:clrScheme'];
  const themeColours: Record<string, string> = {};
  for (const [k, v] of Object.entries(scheme)) {
    if (!k.startsWith('a:')) continue;
    const c = v as Record<string, { val?: string; lastClr?: string }>;
    themeColours[k.slice(2)] = (c['a:srgbClr']?.val ?? c['a:sysClr']?.lastClr ?? '').toUpperCase();
  }
  const runFonts = new Set<string>();
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  for (const s of slides) for (const m of (await text(s)).matchAll(/<a:latin typeface="([^"]+)"/g)) runFonts.add(m[1]!);
  return {
    size: { cx: Number(pres['p:sldSz'].cx), cy: Number(pres['p:sldSz'].cy) },
    themeColours,
    themeFonts: {
      major: theme['a:fontScheme']['a:majorFont']['a:latin'].typeface,
      minor: theme['a:fontScheme']['a:minorFont']['a:latin'].typeface,
    },
    masterPictures: await masterPictures(zip),
    layoutBackgrounds: await layoutBackgrounds(zip),
    runFonts,
    charts: await charts(zip),
  };
}

async function masterPictures(zip: JSZip): Promise<TemplatePartsReport['masterPictures']> {
  const xml = await zip.file('ppt/slideMasters/slideMaster1.xml')!.async('string');
  const rels = await zip.file('ppt/slideMasters/_rels/slideMaster1.xml.rels')!.async('string');
  const out: TemplatePartsReport['masterPictures'] = [];
  for (const pic of xml.matchAll(/<p:pic>(.*?)<\/p:pic>/gs)) {
    const id = /r:embed="([^"]+)"/.exec(pic[1]!)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./([^"]+)"`).exec(rels)![1]!;
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(pic[1]!)!;
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pic[1]!)!;
    out.push({
      x: Number(off[1]),
      y: Number(off[2]),
      cx: Number(ext[1]),
      cy: Number(ext[2]),
      bytes: await zip.file(`ppt/${target}`)!.async('uint8array'),
    });
  }
  return out;
}

async function layoutBackgrounds(zip: JSZip): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const layout = /<p:cSld name="([^"]*)"/.exec(xml)![1]!;
    const bg = /<p:bg>(.*?)<\/p:bg>/s.exec(xml)?.[1] ?? null;
    out[layout] = bg && (/val="([^"]+)"/.exec(bg)?.[1] ?? 'picture');
  }
  return out;
}

async function charts(zip: JSZip): Promise<TemplatePartsReport['charts']> {
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  return Promise.all(
    parts.map(async (part) => {
      const xml = await zip.file(part)!.async('string');
      const series = [...xml.matchAll(/<c:ser>.*?<c:spPr>\s*<a:solidFill><a:srgbClr val="([0-9A-Fa-f]{6})"/gs)];
      return {
        part,
        native: xml.includes('<c:chartSpace') && /<c:(bar|line)Chart>/.test(xml),
        seriesColours: series.map((m) => m[1]!.toUpperCase()),
      };
    }),
  );
}
