import { reshapeSaid, type ClientText } from '../audience';

/**
 * Text on a slide comes from CSMs, clients and CRM imports. XML 1.0 forbids some characters
 * outright (a single one makes PowerPoint offer to "repair" the file), and a 50,000-character
 * note would push everything else off the slide. So every string is cleaned, then cut to the
 * budget of the box it goes into (RELIABILITY 25).
 */

// C0 controls except tab, LF and CR; lone surrogates; the non-characters U+FFFE and U+FFFF.
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C1 controls and bidi overrides are legal XML but render as boxes or reorder the slide.
const INVISIBLE_NOISE = /[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/g;
const ELLIPSIS = '…';
/** Longer runs without a break opportunity are split so a box can wrap them. */
export const MAX_WORD = 30;
const ZERO_WIDTH_SPACE = '\u200B';

/** Removes what XML forbids, normalises Unicode and whitespace. Keeps single line breaks. */
export function cleanText(input: unknown): string {
  if (input === null || input === undefined) return '';
  const raw = typeof input === 'string' ? input : String(input);
  return raw
    .replace(XML_FORBIDDEN, '')
    .replace(INVISIBLE_NOISE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v \u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** One line of text: line breaks become spaces. */
export function cleanLine(input: unknown): string {
  return cleanText(input).replace(/\n/g, ' ');
}

// East Asian wide characters and emoji take about two Latin letters' width on a slide.
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** How much room a character takes, in Latin letters. Zero-width joiners and marks take none. */
function charWidth(ch: string): number {
  if (/[\u200B-\u200D\p{M}]|\uFE0F/u.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Cuts text to `budget` Latin-letter widths (a CJK character or an emoji counts two and is
 * never split in half), ending on a word boundary when one is near, with "…" when cut.
 */
export function fitText(text: string, budget: number): string {
  if (textWidth(text) <= budget) return text;
  const chars = Array.from(text);
  const room = Math.max(1, budget - 1);
  let used = 0;
  let n = 0;
  while (n < chars.length && used + charWidth(chars[n]!) <= room) used += charWidth(chars[n++]!);
  let cut = chars.slice(0, n).join('');
  // Back off to the last space unless the cut already falls between two words.
  const atBoundary = /\s/.test(chars[n] ?? '');
  const lastSpace = cut.lastIndexOf(' ');
  if (!atBoundary && lastSpace >= cut.length * 0.7) cut = cut.slice(0, lastSpace);
  return cut.replace(/[\s.,;:–—-]+$/u, '') + ELLIPSIS;
}

/** Inserts a break opportunity inside words longer than MAX_WORD characters. */
export function breakLongWords(text: string, maxWord = MAX_WORD): string {
  return text.replace(/[^\s\u200B]+/gu, (word) => {
    const chars = Array.from(word);
    if (chars.length <= maxWord) return word;
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += maxWord) parts.push(chars.slice(i, i + maxWord).join(''));
    return parts.join(ZERO_WIDTH_SPACE);
  });
}

/** Clean, cut to budget and make wrappable: the one call every slot uses. */
export function slotText(input: unknown, budget: number, opts: { singleLine?: boolean } = {}): string {
  const cleaned = opts.singleLine ? cleanLine(input) : cleanText(input);
  // Cut before breaking words: a 10,000-character word costs nothing past its budget.
  return breakLongWords(fitText(cleaned, budget));
}

/**
 * The characters each item of a list may use: `budget` when the list is full, more when it has
 * fewer items (the box has room for `maxItems × budget`), at most 2.5 × `budget` so one item
 * never fills a box that was drawn for several.
 */
export function sharedBudget(count: number, maxItems: number, budget: number): number {
  if (count >= maxItems) return budget;
  return Math.min(Math.floor(budget * 2.5), Math.floor((budget * maxItems) / Math.max(1, count)));
}

/** A bullet list cut to `maxItems` items sharing `maxItems × budget` characters; blanks are dropped. */
export function slotList(items: readonly unknown[], maxItems: number, budget: number): string[] {
  const cleaned = items.map((item) => cleanLine(item)).filter((s) => s.length > 0);
  const overflow = cleaned.length > maxItems;
  const shown = overflow ? cleaned.slice(0, Math.max(0, maxItems - 1)) : cleaned;
  const room = sharedBudget(overflow ? maxItems : shown.length, maxItems, budget);
  const out = shown.map((s) => breakLongWords(fitText(s, room)));
  if (overflow) out.push(`…and ${cleaned.length - shown.length} more`);
  return out;
}

/** `slotList` for a slide's sentences: cleaned and cut, they are still the client's. */
export function slotClientList(items: readonly ClientText[], maxItems: number, budget: number): ClientText[] {
  return reshapeSaid(items, (xs) => slotList(xs, maxItems, budget));
}

/**
 * Re-cuts a list already made by `slotList` to a tighter slot (a slide with a commentary band
 * has less room), keeping the count of items left out honest.
 */
export function recutList(items: readonly string[], maxItems: number, budget: number): string[] {
  const last = items[items.length - 1] ?? '';
  const more = /^…and (\d+) more$/.exec(last);
  const real = more ? items.slice(0, -1) : [...items];
  const hidden = more ? Number(more[1]) : 0;
  if (real.length + (hidden > 0 ? 1 : 0) <= maxItems) {
    const room = sharedBudget(real.length + (hidden > 0 ? 1 : 0), maxItems, budget);
    const cut = real.map((item) => fitText(item, room));
    return hidden > 0 ? [...cut, last] : cut;
  }
  const kept = real.slice(0, Math.max(0, maxItems - 1)).map((item) => fitText(item, budget));
  return [...kept, `…and ${hidden + real.length - kept.length} more`];
}
