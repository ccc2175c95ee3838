import { describe, expect, it } from 'vitest';
import {
  breakLongWords,
  cleanText,
  fitText,
  recutList,
  slotList,
  slotText,
  textWidth,
} from '../../../src-core/deck/clean-text';

describe('text cleaning for slides', () => {
  it('strips what XML 1.0 forbids and keeps what it allows', () => {
    expect(cleanText('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(cleanText('lone \uD800 high and \uDC00 low')).toBe('lone high and low');
    expect(cleanText('emoji 🎉 stays, <b>&"\'</b> stays')).toBe('emoji 🎉 stays, <b>&"\'</b> stays');
    expect(cleanText('עברית و العربية 中文')).toBe('עברית و العربية 中文');
    expect(cleanText('bidi \u202Eoverride\u202C gone')).toBe('bidi override gone');
  });

  it('normalises whitespace and Unicode', () => {
    expect(cleanText('  one\r\n\r\n\ttwo  \n three ')).toBe('one\ntwo\nthree');
    expect(cleanText('e\u0301')).toBe('é');
    expect(cleanText(null)).toBe('');
  });

  it('cuts to the budget with an ellipsis, on a word boundary, never inside an emoji', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('the quick brown fox jumps over', 20)).toBe('the quick brown fox…');
    // An emoji or a CJK character takes two letters' room.
    expect(fitText('🎉'.repeat(50), 10)).toBe(`${'🎉'.repeat(4)}…`);
    expect(fitText('顧客満足度の向上', 9)).toBe('顧客満足…');
    expect(textWidth('ab顧🎉\u200B')).toBe(6);
  });

  it('makes a 10,000-character word wrappable and a 50,000-character note fit', () => {
    const word = 'x'.repeat(10_000);
    const out = slotText(word, 100);
    expect(out.replace(/\u200B/g, '')).toBe(`${'x'.repeat(99)}…`);
    expect(out.split('\u200B').every((part) => Array.from(part).length <= 30)).toBe(true);
    expect(Array.from(slotText('word '.repeat(10_000), 220).replace(/\u200B/g, '')).length).toBeLessThanOrEqual(220);
    expect(breakLongWords(breakLongWords('y'.repeat(61)))).toBe(breakLongWords('y'.repeat(61)));
  });

  it('bounds a list and says how many were left out', () => {
    expect(slotList(['a', '', 'b', 'c', 'd'], 3, 10)).toEqual(['a', 'b', '…and 2 more']);
    expect(slotList(['a', 'b'], 3, 10)).toEqual(['a', 'b']);
  });

  it('re-cuts a list for a tighter slot and keeps the count of what was left out', () => {
    expect(recutList(['a', 'b', 'c', '…and 2 more'], 2, 10)).toEqual(['a', '…and 4 more']);
    expect(recutList(['a', 'b', '…and 2 more'], 3, 10)).toEqual(['a', 'b', '…and 2 more']);
    expect(recutList(['a long line of text'], 1, 10)).toEqual(['a long li…']);
  });

  it('lets fewer items share the room of a full list, up to 2.5 times each', () => {
    const sentence = 'word '.repeat(100).trim();
    // A full list: 89 characters end exactly between two words, then the ellipsis.
    expect(slotList([sentence, sentence, sentence, sentence], 4, 90)).toEqual(
      Array(4).fill(`${'word '.repeat(17)}word…`),
    );
    expect(Array.from(slotList([sentence, sentence], 4, 90)[0]!).length).toBeLessThanOrEqual(180);
    expect(Array.from(slotList([sentence, sentence], 4, 90)[0]!).length).toBeGreaterThan(170);
    expect(Array.from(slotList([sentence], 4, 90)[0]!).length).toBeLessThanOrEqual(225);
    expect(Array.from(slotList([sentence], 4, 90)[0]!).length).toBeGreaterThan(215);
    expect(recutList(['a long line of text'], 3, 10)).toEqual(['a long line of text']);
  });
});
