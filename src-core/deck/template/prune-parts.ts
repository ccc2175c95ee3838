import type { Relationship } from './opc';
import { childrenOf, element, findAll, relIdsUnder, setChildren, tagOf, type XmlNode } from './xml-tree';

/**
 * Cleaning a template's master or layout before it is carried into decks: only pictures,
 * layouts, the master and the theme come along. Anything else a shape needs (an embedded
 * object, a video, SmartArt, a chart) cannot, so that shape is left out and named; links are
 * unhooked from the shapes that keep them. Animations and transitions name shapes by id and go.
 */
const HYPERLINK_TAGS = new Set(['a:hlinkClick', 'a:hlinkHover', 'a:hlinkMouseOver', 'a:snd']);
const CONTAINERS = new Set(['p:sldMaster', 'p:sldLayout', 'p:cSld', 'p:spTree', 'p:grpSp']);
const DROPPED_ELEMENTS = new Set(['p:transition', 'p:timing', 'p:custDataLst', 'mc:AlternateContent']);

const WORDS: Record<string, string> = {
  oleObject: 'an embedded object',
  package: 'an embedded file',
  video: 'a video',
  media: 'a video or sound',
  audio: 'a sound',
  chart: 'a chart',
  diagramData: 'a SmartArt graphic',
  diagramLayout: 'a SmartArt graphic',
  diagramColors: 'a SmartArt graphic',
  diagramQuickStyle: 'a SmartArt graphic',
  diagramDrawing: 'a SmartArt graphic',
  image: 'a linked picture',
  vmlDrawing: 'an old-style drawing',
  control: 'a form control',
};

export interface Pruned {
  kept: Relationship[];
  /** What was left out, in a CSM's words (`a video`), one entry per kind. */
  leftOut: string[];
}

/** Keeps the relationships `keep` accepts; removes what needs the others. Mutates `root`. */
export function pruneRelationships(
  root: XmlNode,
  rels: readonly Relationship[],
  keep: (r: Relationship) => boolean,
): Pruned {
  const kept = rels.filter(keep);
  const dropped = new Set(rels.filter((r) => !keep(r)).map((r) => r.id));
  const leftOut = new Set<string>();
  for (const r of rels) {
    if (!dropped.has(r.id) || r.type === 'hyperlink' || r.type === 'tags') continue;
    if (r.type === 'slideLayout') continue;
    leftOut.add(WORDS[r.type] ?? 'an item PowerPoint-only decks cannot carry');
  }
  removeWhere(root, (n) => DROPPED_ELEMENTS.has(tagOf(n)) || (HYPERLINK_TAGS.has(tagOf(n)) && refsAny(n, dropped)));
  pruneShapes(root, dropped);
  return { kept, leftOut: [...leftOut] };
}

function refsAny(node: XmlNode, ids: ReadonlySet<string>): boolean {
  for (const id of relIdsUnder(node)) if (ids.has(id)) return true;
  return false;
}

function removeWhere(node: XmlNode, drop: (n: XmlNode) => boolean): void {
  const kids = childrenOf(node);
  if (kids.length === 0) return;
  const keep = kids.filter((c) => !drop(c));
  for (const c of keep) removeWhere(c, drop);
  setChildren(node, keep);
}

function pruneShapes(node: XmlNode, dropped: ReadonlySet<string>): void {
  setChildren(
    node,
    childrenOf(node).filter((c) => {
      if (!refsAny(c, dropped)) return true;
      if (CONTAINERS.has(tagOf(c))) {
        pruneShapes(c, dropped);
        return true;
      }
      return false;
    }),
  );
}

/** Picture fills in a theme need its own relationships, which are not carried: they become plain fills. */
export function plainThemeFills(theme: XmlNode): boolean {
  const blips = findAll(theme, 'a:blipFill');
  if (blips.length === 0) return false;
  const solid = element('a:solidFill', {}, [element('a:schemeClr', { val: 'phClr' })]);
  replaceTag(theme, 'a:blipFill', solid);
  return true;
}

function replaceTag(node: XmlNode, tag: string, replacement: XmlNode): void {
  setChildren(
    node,
    childrenOf(node).map((c) => {
      if (tagOf(c) === tag) return structuredClone(replacement);
      replaceTag(c, tag, replacement);
      return c;
    }),
  );
}
