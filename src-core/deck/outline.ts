import type { DeckSpec, SlideKind } from './types';

/** One line of the outline a CSM reviews before generating: the slide and its key numbers. */
export interface OutlineItem {
  key: string;
  kind: SlideKind;
  title: string;
  optional: boolean;
  keyNumbers: string[];
  hasCommentary: boolean;
}

const MAX_NUMBERS = 4;

export function deckOutline(spec: DeckSpec): OutlineItem[] {
  return spec.slides.map((s) => ({
    key: s.key,
    kind: s.kind,
    title: s.title,
    optional: s.optional,
    hasCommentary: s.commentary !== null,
    keyNumbers: keyNumbersOf(s).slice(0, MAX_NUMBERS),
  }));
}

function keyNumbersOf(s: DeckSpec['slides'][number]): string[] {
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
