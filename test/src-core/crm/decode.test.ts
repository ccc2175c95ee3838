import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotTextError, createChunkDecoder } from '../../../src-core/crm/decode';

function decodeIn(bytes: Uint8Array, cuts: number[]) {
  const decoder = createChunkDecoder();
  let text = '';
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b)) {
    text += decoder.push(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.push(bytes.subarray(from));
  return { text: text + decoder.end(), encoding: decoder.encoding };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

describe('decoding CRM exports a chunk at a time', () => {
  it('drops a UTF-8 byte-order mark and keeps accents, whatever the chunk sizes', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('Name,City\nCafé Müller,Zürich €\n')]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 8 }), (cuts) => {
        expect(decodeIn(bytes, cuts)).toEqual({ text: 'Name,City\nCafé Müller,Zürich €\n', encoding: 'utf-8' });
      }),
    );
  });

  it('reads Windows-1252 (a Salesforce report export) when the first non-ASCII byte is not UTF-8', () => {
    // é = E9, ü = FC, € = 80 and the curly quotes 93/94 exist only in Windows-1252, not Latin-1.
    const bytes = new Uint8Array([
      ...utf8('"Account Name"\r\n"Caf'),
      0xe9,
      0x20,
      0x4d,
      0xfc,
      0x6c,
      0x6c,
      0x65,
      0x72,
      0x20,
      0x93,
      0x80,
      0x94,
      0x22,
    ]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }), (cuts) => {
        expect(decodeIn(bytes, cuts)).toEqual({
          text: '"Account Name"\r\n"Café Müller “€”"',
          encoding: 'windows-1252',
        });
      }),
    );
  });

  it('reads UTF-16 with its mark (Excel "Unicode text")', () => {
    const text = 'Name\tCity\r\nZoë\tKöln\r\n';
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeIn(le, [3, 7])).toEqual({ text, encoding: 'utf-16le' });
  });

  it('refuses a file that switches encoding after real UTF-8 text, saying what to do', () => {
    const bytes = new Uint8Array([...utf8('Zoë,'), 0xe9, 0x0a]);
    expect(() => decodeIn(bytes, [])).toThrow(/mixes text encodings.*CSV UTF-8/);
  });

  it.each([
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /Excel workbook/],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /\.xls/],
    ['a PDF', [...utf8('%PDF-1.7\n')], /PDF/],
    ['a PNG picture', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], /not a text file/],
  ])('refuses %s as not a CSV', (_what, bytes, message) => {
    expect(() => decodeIn(new Uint8Array(bytes), [])).toThrow(NotTextError);
    expect(() => decodeIn(new Uint8Array(bytes), [])).toThrow(message);
  });
});
