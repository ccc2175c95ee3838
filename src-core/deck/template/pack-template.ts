import JSZip from 'jszip';
import { buildRels, REL_TYPE, relsPathOf, xmlDocument } from './opc';
import type { DeckTemplate } from './template-types';
import { element } from './xml-tree';

/**
 * What Fieldbook keeps of a template: a minimal .potx of its theme, first master, the three
 * layouts decks use and their pictures — the parts are the template's own, only pruned. It opens
 * in PowerPoint as a template, and `readTemplate` reads it back exactly as it read the original.
 */
const TYPES = 'application/vnd.openxmlformats-officedocument.presentationml';
const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};

export function mediaType(part: string): string {
  return MEDIA_TYPES[part.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
}

export async function packTemplate(t: DeckTemplate): Promise<Uint8Array> {
  const zip = new JSZip();
  const put = (name: string, data: string | Uint8Array) => zip.file(name, data, { createFolders: false });
  const masterPart = t.master.part;
  const layoutParts = Object.values(t.layouts).map((l) => l.part);
  put('[Content_Types].xml', contentTypes(t, masterPart, [...new Set(layoutParts)]));
  put('_rels/.rels', buildRels('', [rel('rId1', 'officeDocument', 'ppt/presentation.xml')]));
  put('ppt/presentation.xml', presentationXml(t));
  put(
    'ppt/_rels/presentation.xml.rels',
    buildRels('ppt/presentation.xml', [rel('rId1', 'slideMaster', masterPart), rel('rId2', 'theme', t.themePart)]),
  );
  for (const [part, xml] of t.xml) put(part, xml);
  for (const [part, rels] of t.rels) put(relsPathOf(part), buildRels(part, rels));
  for (const [part, bytes] of t.media) put(part, bytes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function rel(id: string, type: string, target: string) {
  return { id, type, typeUri: `${REL_TYPE}/${type}`, target, external: false };
}

function contentTypes(t: DeckTemplate, masterPart: string, layoutParts: string[]): string {
  const exts = [...new Set([...t.media.keys()].map((p) => p.split('.').pop()!.toLowerCase()))];
  const override = (part: string, type: string) => element('Override', { PartName: `/${part}`, ContentType: type });
  return xmlDocument(
    element('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, [
      element('Default', {
        Extension: 'rels',
        ContentType: 'application/vnd.openxmlformats-package.relationships+xml',
      }),
      element('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      ...exts.map((e) => element('Default', { Extension: e, ContentType: mediaType(`x.${e}`) })),
      override('ppt/presentation.xml', `${TYPES}.template.main+xml`),
      override(masterPart, `${TYPES}.slideMaster+xml`),
      ...layoutParts.map((p) => override(p, `${TYPES}.slideLayout+xml`)),
      override(t.themePart, 'application/vnd.openxmlformats-officedocument.theme+xml'),
    ]),
  );
}

function presentationXml(t: DeckTemplate): string {
  return xmlDocument(
    element(
      'p:presentation',
      {
        'xmlns:a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
        'xmlns:r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
        'xmlns:p': 'http://schemas.openxmlformats.org/presentationml/2006/main',
      },
      [
        element('p:sldMasterIdLst', {}, [element('p:sldMasterId', { id: '2147483648', 'r:id': 'rId1' })]),
        element('p:sldSz', { cx: String(t.sizeEmu.cx), cy: String(t.sizeEmu.cy) }),
        element('p:notesSz', { cx: '6858000', cy: '9144000' }),
      ],
    ),
  );
}
