import { attrsOf, buildXml, childrenOf, element, parseXml, rootOf, type XmlNode } from './xml-tree';

/** Open Packaging Conventions: a part's relationships and the package's content types. */
export interface Relationship {
  id: string;
  /** The last segment of the type URI: `image`, `slideLayout`, `theme`, `oleObject`… */
  type: string;
  typeUri: string;
  /** The package path the relationship points at (resolved), or the raw target when external. */
  target: string;
  external: boolean;
}

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `ppt/slideMasters/slideMaster1.xml` → `ppt/slideMasters/_rels/slideMaster1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The path of `toPart` as a relationship target from `fromPart` (`../media/x.png`). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function parseRels(xml: string, forPart: string): Relationship[] {
  const root = rootOf(parseXml(xml, relsPathOf(forPart)));
  if (!root) return [];
  return childrenOf(root).flatMap((n) => {
    const a = attrsOf(n);
    if (!a.Id || !a.Type || a.Target === undefined) return [];
    const external = a.TargetMode === 'External';
    return [
      {
        id: a.Id,
        typeUri: a.Type,
        type: a.Type.split('/').pop() ?? '',
        target: external ? a.Target : resolveTarget(forPart, a.Target),
        external,
      },
    ];
  });
}

export function buildRels(forPart: string, rels: readonly Relationship[]): string {
  const nodes: XmlNode[] = rels.map((r) =>
    element('Relationship', {
      Id: r.id,
      Type: r.typeUri,
      Target: r.external ? r.target : relativeTarget(forPart, r.target),
      ...(r.external ? { TargetMode: 'External' } : {}),
    }),
  );
  return xmlDocument(element('Relationships', { xmlns: REL_NS }, nodes));
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const root = rootOf(parseXml(xml, '[Content_Types].xml'));
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  for (const n of root ? childrenOf(root) : []) {
    const a = attrsOf(n);
    if (a.Extension && a.ContentType) types.defaults.set(a.Extension.toLowerCase(), a.ContentType);
    if (a.PartName && a.ContentType) types.overrides.set(a.PartName.replace(/^\//, ''), a.ContentType);
  }
  return types;
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  return types.overrides.get(part) ?? types.defaults.get(part.split('.').pop()!.toLowerCase());
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${buildXml([root])}`;
}
