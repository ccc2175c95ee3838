import type { DeckSpec, LeftOutSlide, SlideKind, SlideSpec } from './types';

/** One line of the outline a CSM reviews before generating: the slide and its key numbers. */
export interface OutlineItem {
  key: string;
  kind: SlideKind;
  title: string;
  optional: boolean;
  keyNumbers: string[];
  hasCommentary: boolean;
  /** Null when the slide is in the deck; otherwise who left it out and why. */
  leftOut: Pick<LeftOutSlide, 'by' | 'reason'> | null;
  /** Why the slide has nothing to say, even when the CSM included it anyway; null when it has. */
  nothingToSay: string | null;
}

const MAX_NUMBERS = 4;

/** Every slide the deck could have, in deck order: those in it and those left out, with the reason. */
export function deckOutline(spec: DeckSpec): OutlineItem[] {
  const out = new Map(spec.leftOut.map((l) => [l.position, l]));
  const kept = spec.slides[Symbol.iterator]();
  const items: OutlineItem[] = [];
  for (let position = 0; position < spec.slides.length + spec.leftOut.length; position++) {
    const left = out.get(position);
    const slide = left?.slide ?? (kept.next().value as SlideSpec);
    items.push(outlineItem(slide, left ? { by: left.by, reason: left.reason } : null));
  }
  return items;
}

function outlineItem(s: SlideSpec, leftOut: OutlineItem['leftOut']): OutlineItem {
  return {
    key: s.key,
    kind: s.kind,
    title: s.title,
    optional: s.optional,
    hasCommentary: s.commentary !== null,
    keyNumbers: keyNumbersOf(s).slice(0, MAX_NUMBERS),
    leftOut,
    nothingToSay: s.nothingToSay ?? null,
  };
}

function keyNumbersOf(s: SlideSpec): string[] {
  switch (s.kind) {
    case 'bullets':
      return s.stats.map((c) => `${c.label}: ${c.value}`);
    case 'chart':
      return s.chart.emptyNote !== null ? [s.chart.emptyNote] : (s.table?.rows ?? []).map((r) => r.join(': '));
    case 'table':
      return [
        `${s.table.rows.length} row${s.table.rows.length === 1 ? '' : 's'}${s.pageLabel ? ` (${s.pageLabel})` : ''}`,
      ];
    case 'columns':
      return s.columns.map((c) => `${c.heading}: ${c.bullets.length}`);
    default:
      return [];
  }
}
