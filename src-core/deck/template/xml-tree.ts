import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * OOXML parts as an ordered tree, so a template's master and layouts can be carried into a deck
 * element by element (order matters to PowerPoint) without string surgery. fast-xml-parser's
 * ordered form: each node is `{ [tag]: children, ':@'?: attributes }`; text is `{ '#text': … }`.
 */
export type XmlNode = Record<string, unknown>;

const PARSE = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric references (&#x2022;) must be decoded, or the builder would escape their ampersand.
  htmlEntities: true,
});

const BUILD = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  processEntities: true,
});

export class XmlPartError extends Error {}

/** OOXML never declares a DTD; one in a template could only be an entity-expansion trick. */
export function parseXml(xml: string, part: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlPartError(`${part} declares a DTD, which no PowerPoint file does`);
  try {
    return PARSE.parse(xml) as XmlNode[];
  } catch (e) {
    throw new XmlPartError(`${part} is not well-formed XML (${(e as Error).message.slice(0, 80)})`);
  }
}

export function buildXml(nodes: XmlNode[]): string {
  return BUILD.build(nodes) as string;
}

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attrsOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node ? attrsOf(node)[name] : undefined;
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

/** The first descendant reached by following `tags` one level at a time. */
export function path(node: XmlNode | undefined, ...tags: string[]): XmlNode | undefined {
  let at = node;
  for (const t of tags) at = child(at, t);
  return at;
}

export function rootOf(nodes: XmlNode[]): XmlNode | undefined {
  return nodes.find((n) => !tagOf(n).startsWith('?'));
}

/** Every descendant with this tag, depth first. */
export function findAll(node: XmlNode, tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of childrenOf(node)) {
    if (tagOf(c) === tag) out.push(c);
    findAll(c, tag, out);
  }
  return out;
}

export function element(tag: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlNode {
  return Object.keys(attrs).length > 0 ? { [tag]: children, ':@': attrs } : { [tag]: children };
}

export function setChildren(node: XmlNode, children: XmlNode[]): void {
  node[tagOf(node)] = children;
}

/** Every `r:embed`, `r:link` and `r:id` value under a node: the relationships it needs. */
export function relIdsUnder(node: XmlNode, out: Set<string> = new Set()): Set<string> {
  for (const [k, v] of Object.entries(attrsOf(node))) if (/^r:(embed|link|id|pict)$/.test(k)) out.add(v);
  for (const c of childrenOf(node)) relIdsUnder(c, out);
  return out;
}

/** Renames relationship ids under a node in place. */
export function renameRelIds(node: XmlNode, rename: ReadonlyMap<string, string>): void {
  const a = node[':@'] as Record<string, string> | undefined;
  if (a)
    for (const k of Object.keys(a))
      if (/^r:(embed|link|id|pict)$/.test(k) && rename.has(a[k]!)) a[k] = rename.get(a[k]!)!;
  for (const c of childrenOf(node)) renameRelIds(c, rename);
}
