import type { Relationship } from './opc';
import type { PackageReader } from './package-read';
import { parseRels, relsPathOf } from './opc';
import type { TemplateRole } from './template-types';
import { attr, child, childrenOf, parseXml, rootOf, type XmlNode } from './xml-tree';

/** A template's layouts in the master's order, and which three a deck is built on. */
export interface LayoutRead {
  part: string;
  /** The layout's type (`title`, `obj`, `secHead`…), or `cust`. */
  type: string;
  name: string;
  doc: XmlNode[];
  rels: Relationship[];
}

export async function readLayouts(pkg: PackageReader, masterRels: readonly Relationship[]): Promise<LayoutRead[]> {
  const out: LayoutRead[] = [];
  for (const r of masterRels) {
    if (r.type !== 'slideLayout' || r.external || !pkg.has(r.target)) continue;
    const doc = parseXml(await pkg.text(r.target), r.target);
    const root = rootOf(doc);
    const relsPart = relsPathOf(r.target);
    out.push({
      part: r.target,
      type: attr(root, 'type') ?? 'cust',
      name: (attr(child(root, 'p:cSld'), 'name') ?? '').slice(0, 80) || r.target.split('/').pop()!,
      doc,
      rels: pkg.has(relsPart) ? parseRels(await pkg.text(relsPart), r.target) : [],
    });
  }
  return out;
}

/**
 * The cover goes on the Title Slide layout, dividers on Section Header, every other slide on
 * Title and Content (or Title Only, or the first ordinary layout). Types first: names are
 * translated ("Diapositive de titre").
 */
export function pickLayouts(layouts: readonly LayoutRead[]): Partial<Record<TemplateRole, LayoutRead>> {
  const byType = (...types: string[]) => types.map((t) => layouts.find((l) => l.type === t)).find(Boolean);
  const byName = (re: RegExp) => layouts.find((l) => re.test(l.name));
  const title = byType('title') ?? byName(/^title slide$/i);
  const section = byType('secHead') ?? byName(/section/i);
  const content =
    byType('obj', 'titleOnly', 'tx') ??
    byName(/title and content/i) ??
    layouts.find((l) => l !== title && l !== section && l.type !== 'blank' && hasTitle(l));
  const out: Partial<Record<TemplateRole, LayoutRead>> = {};
  if (title) out.title = title;
  if (section && section !== title) out.section = section;
  if (content && content !== title && content !== section) out.content = content;
  return out;
}

function hasTitle(l: LayoutRead): boolean {
  const tree = child(child(rootOf(l.doc), 'p:cSld'), 'p:spTree');
  return childrenOf(tree ?? {}).some((s) => JSON.stringify(s).includes('"type":"title"'));
}
