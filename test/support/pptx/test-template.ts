import JSZip from 'jszip';
import { makePng } from './png';

/**
 * A hand-made agency template, written part by part as PowerPoint lays a .potx out: its own
 * theme colours and fonts, a 4:3 slide, a logo picture and a band on the master, a dark Title
 * Slide layout, a Section Header, Title and Content, and two layouts decks do not use (one with
 * an embedded object). Options turn it into the bad files a CSM may pick.
 */
export const TEMPLATE_COLOURS = {
  dk1: '1B1B3A',
  lt1: 'FFFFFF',
  dk2: '2D2D6B',
  lt2: 'EEF0F7',
  accent1: '0B7A75',
  accent2: 'D1495B',
  accent3: 'EDAE49',
  accent4: '00798C',
  accent5: '30638E',
  accent6: '6B4E71',
  hlink: '0563C1',
  folHlink: '954F72',
} as const;
export const TEMPLATE_FONTS = { major: 'DejaVu Serif', minor: 'DejaVu Sans' } as const;
/** 4:3, 10 × 7.5 in. */
export const TEMPLATE_SIZE = { cx: 9_144_000, cy: 6_858_000 } as const;
/** The logo on the master: 240 × 90 px, top right (7.7 in, 0.25 in), 1.6 × 0.6 in. */
export const TEMPLATE_LOGO = makePng(240, 90, [237, 174, 73]);
export const TEMPLATE_LOGO_BOX = { x: 7_040_880, y: 228_600, cx: 1_463_040, cy: 548_640 } as const;

export interface TemplateOptions {
  /** A macro-enabled package (.pptm/.potm) whatever its name says. */
  macros?: boolean;
  /** Slide size override. */
  size?: { cx: number; cy: number };
  /** A stored (uncompressed) filler part of this many bytes, to make a huge file. */
  padBytes?: number;
  /** Sample slides in the file (a .pptx used as a template). */
  slides?: number;
  /** A dark design the way PowerPoint's dark themes make one: the master maps bg1 to dk1 and tx1 to lt1. */
  dark?: boolean;
  /**
   * A design the way LibreOffice writes one: a picture (or a shape filled with a gradient) filling
   * every slide, drawn on the master, and no text styles; the master's title and body placeholders
   * carry this text colour in their sample text.
   */
  photo?: { text: string; gradient?: boolean };
}

/** The gradient of `photo` designs drawn as a shape: two dark stops. */
export const TEMPLATE_GRADIENT = ['1B1B3A', '6B2D5C'] as const;

/** The photo of `photo` designs: a dark blue picture. */
export const TEMPLATE_PHOTO = makePng(64, 36, [24, 44, 92]);

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function makeTemplate(o: TemplateOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const size = o.size ?? TEMPLATE_SIZE;
  const slides = o.slides ?? 0;
  const main = o.macros ? 'application/vnd.ms-powerpoint.template.macroEnabled.main+xml' : `${CT}.template.main+xml`;
  zip.file('[Content_Types].xml', contentTypes(main, slides, o.macros === true));
  zip.file('_rels/.rels', rels([['rId1', 'officeDocument', 'ppt/presentation.xml']]));
  zip.file('ppt/presentation.xml', presentation(size, slides));
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    rels([
      ['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'],
      ['rId2', 'theme', 'theme/theme1.xml'],
      ...Array.from({ length: slides }, (_, i) => [`rId${i + 3}`, 'slide', `slides/slide${i + 1}.xml`] as Rel),
      ...(o.macros
        ? [['rId99', 'vbaProject', 'vbaProject.bin', 'http://schemas.microsoft.com/office/2006/relationships'] as Rel]
        : []),
    ]),
  );
  zip.file('ppt/theme/theme1.xml', theme());
  zip.file('ppt/slideMasters/slideMaster1.xml', master(size, o));
  zip.file(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels([
      ...LAYOUTS.map((_, i) => [`rId${i + 1}`, 'slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`] as Rel),
      ['rId10', 'theme', '../theme/theme1.xml'],
      ['rId11', 'image', '../media/image1.png'],
      ...(o.photo ? [['rId12', 'image', '../media/image2.png'] as Rel] : []),
    ]),
  );
  LAYOUTS.forEach((l, i) => {
    zip.file(`ppt/slideLayouts/slideLayout${i + 1}.xml`, layout(l));
    zip.file(
      `ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`,
      rels([
        ['rId1', 'slideMaster', '../slideMasters/slideMaster1.xml'],
        ...(l.ole ? [['rId2', 'oleObject', '../embeddings/oleObject1.bin'] as Rel] : []),
      ]),
    );
  });
  zip.file('ppt/embeddings/oleObject1.bin', new Uint8Array([1, 2, 3]));
  zip.file('ppt/media/image1.png', TEMPLATE_LOGO);
  if (o.photo) zip.file('ppt/media/image2.png', TEMPLATE_PHOTO);
  for (let i = 1; i <= slides; i++) {
    zip.file(`ppt/slides/slide${i}.xml`, `${HEAD}<p:sld ${NS}><p:cSld>${tree('')}</p:cSld></p:sld>`);
    zip.file(
      `ppt/slides/_rels/slide${i}.xml.rels`,
      rels([['rId1', 'slideLayout', '../slideLayouts/slideLayout2.xml']]),
    );
  }
  if (o.macros) zip.file('ppt/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  if (o.padBytes) zip.file('ppt/media/sample-video.bin', new Uint8Array(o.padBytes), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

type Rel = [id: string, type: string, target: string, ns?: string];

function rels(list: Rel[]): string {
  const items = list.map(
    ([id, type, target, ns]) => `<Relationship Id="${id}" Type="${ns ?? RT}/${type}" Target="${target}"/>`,
  );
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

function contentTypes(main: string, slides: number, macros: boolean): string {
  const o = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>' +
    o('ppt/presentation.xml', main) +
    o('ppt/slideMasters/slideMaster1.xml', `${CT}.slideMaster+xml`) +
    LAYOUTS.map((_, i) => o(`ppt/slideLayouts/slideLayout${i + 1}.xml`, `${CT}.slideLayout+xml`)).join('') +
    Array.from({ length: slides }, (_, i) => o(`ppt/slides/slide${i + 1}.xml`, `${CT}.slide+xml`)).join('') +
    o('ppt/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    (macros ? o('ppt/vbaProject.bin', 'application/vnd.ms-office.vbaProject') : '') +
    '</Types>'
  );
}

function presentation(size: { cx: number; cy: number }, slides: number): string {
  const ids = Array.from({ length: slides }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 3}"/>`).join('');
  return (
    `${HEAD}<p:presentation ${NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
    (slides > 0 ? `<p:sldIdLst>${ids}</p:sldIdLst>` : '') +
    `<p:sldSz cx="${size.cx}" cy="${size.cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`
  );
}

function theme(): string {
  const c = TEMPLATE_COLOURS;
  const clr = (name: keyof typeof c) =>
    name === 'dk1' || name === 'lt1'
      ? `<a:${name}><a:sysClr val="${name === 'dk1' ? 'windowText' : 'window'}" lastClr="${c[name]}"/></a:${name}>`
      : `<a:${name}><a:srgbClr val="${c[name]}"/></a:${name}>`;
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = `<a:ln w="9525">${fill}</a:ln>`;
  return (
    `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Harbour Agency">` +
    `<a:themeElements><a:clrScheme name="Harbour">${(Object.keys(c) as (keyof typeof c)[]).map(clr).join('')}</a:clrScheme>` +
    `<a:fontScheme name="Harbour"><a:majorFont><a:latin typeface="${TEMPLATE_FONTS.major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${TEMPLATE_FONTS.minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Harbour"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line}${line}${line}</a:lnStyleLst>` +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>' +
    '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    `<a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
  );
}

const emu = (inches: number) => Math.round(inches * 914_400);

function placeholder(
  id: number,
  name: string,
  ph: string,
  box: [number, number, number, number] | null,
  colour?: string,
): string {
  const xfrm = box
    ? `<a:xfrm><a:off x="${emu(box[0])}" y="${emu(box[1])}"/><a:ext cx="${emu(box[2])}" cy="${emu(box[3])}"/></a:xfrm>`
    : '';
  const rPr = colour
    ? `<a:rPr lang="en-US"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:rPr>`
    : '<a:rPr lang="en-US"/>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>` +
    `<p:nvPr><p:ph ${ph}/></p:nvPr></p:nvSpPr><p:spPr>${xfrm}</p:spPr>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>${rPr}<a:t>${name}</a:t></a:r></a:p></p:txBody></p:sp>`
  );
}

function tree(shapes: string): string {
  return (
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `${shapes}</p:spTree>`
  );
}

function master(size: { cx: number; cy: number }, o: TemplateOptions): string {
  const b = TEMPLATE_LOGO_BOX;
  const logo =
    '<p:pic><p:nvPicPr><p:cNvPr id="7" name="Agency logo"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>' +
    '<p:blipFill><a:blip r:embed="rId11"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>' +
    `<p:spPr><a:xfrm><a:off x="${b.x}" y="${b.y}"/><a:ext cx="${b.cx}" cy="${b.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const band =
    '<p:sp><p:nvSpPr><p:cNvPr id="8" name="Agency band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>' +
    `<p:spPr><a:xfrm><a:off x="0" y="${size.cy - emu(0.12)}"/><a:ext cx="${size.cx}" cy="${emu(0.12)}"/></a:xfrm>` +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent2"/></a:solidFill></p:spPr>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>';
  const h = size.cy / 914_400;
  const whole = `<a:xfrm><a:off x="0" y="0"/><a:ext cx="${size.cx}" cy="${size.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`;
  const gradient = TEMPLATE_GRADIENT.map((c, i) => `<a:gs pos="${i * 100_000}"><a:srgbClr val="${c}"/></a:gs>`).join(
    '',
  );
  const photo = !o.photo
    ? ''
    : o.photo.gradient
      ? '<p:sp><p:nvSpPr><p:cNvPr id="9" name="Background"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>' +
        `<p:spPr>${whole}<a:gradFill><a:gsLst>${gradient}</a:gsLst><a:lin ang="5400000"/></a:gradFill></p:spPr></p:sp>`
      : '<p:pic><p:nvPicPr><p:cNvPr id="9" name="Photo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>' +
        `<p:blipFill><a:blip r:embed="rId12"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${whole}</p:spPr></p:pic>`;
  const shapes =
    photo +
    placeholder(2, 'Title Placeholder 1', 'type="title"', [0.5, 0.3, 6.9, 0.9], o.photo?.text) +
    placeholder(3, 'Text Placeholder 2', 'type="body" idx="1"', [0.5, 1.5, 9, h - 2.3], o.photo?.text) +
    placeholder(4, 'Date Placeholder 3', 'type="dt" sz="half" idx="2"', [0.5, h - 0.55, 2.3, 0.4]) +
    placeholder(5, 'Footer Placeholder 4', 'type="ftr" sz="quarter" idx="3"', [3.1, h - 0.55, 3.8, 0.4]) +
    placeholder(6, 'Slide Number Placeholder 5', 'type="sldNum" sz="quarter" idx="4"', [7.2, h - 0.55, 2.3, 0.4]) +
    logo +
    band;
  const style = (tag: string, colour: string, sz: number, font: string) =>
    `<p:${tag}><a:lvl1pPr><a:defRPr sz="${sz}"><a:solidFill><a:schemeClr val="${colour}"/></a:solidFill><a:latin typeface="${font}"/></a:defRPr></a:lvl1pPr></p:${tag}>`;
  return (
    `${HEAD}<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>` +
    `${tree(shapes)}</p:cSld>` +
    `<p:clrMap ${o.dark ? 'bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"' : 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2"'} accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>` +
    `<p:sldLayoutIdLst>${LAYOUTS.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldLayoutIdLst>` +
    (o.photo
      ? ''
      : `<p:txStyles>${style('titleStyle', 'tx2', 3200, '+mj-lt')}${style('bodyStyle', 'tx1', 2000, '+mn-lt')}${style('otherStyle', 'tx1', 1800, '+mn-lt')}</p:txStyles>`) +
    '</p:sldMaster>'
  );
}

interface LayoutSpec {
  type: string;
  name: string;
  shapes: string;
  bg?: string;
  ole?: boolean;
}

const LAYOUTS: LayoutSpec[] = [
  {
    type: 'title',
    name: 'Title Slide',
    bg: 'accent1',
    shapes:
      placeholder(2, 'Title 1', 'type="ctrTitle"', [0.75, 2.3, 8.5, 1.6]) +
      placeholder(3, 'Subtitle 2', 'type="subTitle" idx="1"', [0.75, 4.1, 8.5, 1.0]),
  },
  {
    type: 'obj',
    name: 'Title and Content',
    shapes: placeholder(2, 'Title 1', 'type="title"', null) + placeholder(3, 'Content 2', 'idx="1"', null),
  },
  {
    type: 'secHead',
    name: 'Section Header',
    bg: 'tx2',
    shapes:
      placeholder(2, 'Title 1', 'type="title"', [0.75, 2.6, 8.5, 1.4]) +
      placeholder(3, 'Text 2', 'type="body" idx="1"', [0.75, 4.2, 8.5, 1.0]),
  },
  { type: 'twoObj', name: 'Two Content', shapes: placeholder(2, 'Title 1', 'type="title"', null), ole: true },
  { type: 'blank', name: 'Blank', shapes: '' },
];

function layout(l: LayoutSpec): string {
  const bg = l.bg
    ? `<p:bg><p:bgPr><a:solidFill><a:schemeClr val="${l.bg}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`
    : '';
  const ole = l.ole
    ? '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="9" name="Object"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>' +
      '<p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">' +
      '<p:oleObj r:id="rId2" progId="Excel.Sheet.12"><p:embed/></p:oleObj></a:graphicData></a:graphic></p:graphicFrame>'
    : '';
  return (
    `${HEAD}<p:sldLayout ${NS} type="${l.type}" preserve="1"${l.type === 'title' ? ' showMasterSp="1"' : ''}>` +
    `<p:cSld name="${l.name}">${bg}${tree(l.shapes + ole)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`
  );
}
