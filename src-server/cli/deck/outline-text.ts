import { deckOutline, type DeckSpec } from '../../../src-core/deck';

/**
 * The outline review of the app as text: every slide the deck can have, in order, numbered when
 * it is in the deck, with its key numbers, the CSM's commentary, and why a slide is left out.
 */
export function outlineText(spec: DeckSpec, heading: string): string[] {
  const items = deckOutline(spec);
  const kept = items.filter((i) => i.leftOut === null).length;
  const lines = [
    `Outline of ${heading} (${kept} slides${kept < items.length ? `, ${items.length - kept} left out` : ''}):`,
  ];
  let n = 0;
  for (const item of items) {
    const mark = item.leftOut ? '  -' : String(++n).padStart(3);
    const numbers = item.keyNumbers.length > 0 ? ` · ${item.keyNumbers.join(' · ')}` : '';
    lines.push(`${mark}. ${item.title} [${item.key}]${item.leftOut ? '' : numbers}`);
    if (item.leftOut?.by === 'empty')
      lines.push(`       left out: ${item.leftOut.reason} (--include ${item.key} to keep it)`);
    if (item.leftOut?.by === 'csm') lines.push(`       left out by you (--omit): ${item.key}`);
    if (item.hasCommentary) {
      const words = [...spec.slides, ...spec.leftOut.map((l) => l.slide)].find((s) => s.key === item.key)?.commentary;
      if (words) lines.push(`       your commentary: ${words}`);
    }
  }
  return lines;
}
