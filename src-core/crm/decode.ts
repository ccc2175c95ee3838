/**
 * Bytes to text for CRM exports, one chunk at a time (a 100,000-row file never has to be in
 * memory as bytes and text at once). Salesforce's Data Loader and HubSpot write UTF-8, often with
 * a byte-order mark; Salesforce report exports and Excel's "CSV" write Windows-1252; Excel's
 * "Unicode text" writes UTF-16 with a mark. With no mark, the text is read as UTF-8 until the
 * first byte that cannot be UTF-8; if nothing but ASCII came before it, the file is
 * Windows-1252 from the start (both read ASCII alike), otherwise it is broken and says so.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface ChunkDecoder {
  /** The text this chunk completes ('' while a character is split across chunks). */
  push(bytes: Uint8Array): string;
  end(): string;
  /** Known once the first bytes have been seen. */
  readonly encoding: TextEncodingName | null;
}

/** Thrown for a file that is not text; the message says what it looks like instead. */
export class NotTextError extends Error {}

const SIGNATURES: { bytes: number[]; says: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    says: 'This is an Excel workbook (or a zip file), not a CSV. In Excel choose File → Save As → "CSV UTF-8".',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], says: 'This is an old Excel .xls workbook. Save it as "CSV UTF-8" first.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], says: 'This is a PDF, not a CSV export.' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function refuseBinary(first: Uint8Array): void {
  for (const s of SIGNATURES) if (startsWith(first, s.bytes)) throw new NotTextError(s.says);
  const sample = first.subarray(0, 4096);
  if (sample.includes(0)) throw new NotTextError('This is not a text file (it holds binary data), so not a CSV.');
}

function markedEncoding(first: Uint8Array): TextEncodingName | null {
  if (startsWith(first, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(first, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(first, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** Whether the first non-ASCII byte starts a well-formed UTF-8 character (then the file is UTF-8). */
function firstNonAsciiIsUtf8(bytes: Uint8Array): boolean {
  const at = bytes.findIndex((b) => b >= 0x80);
  if (at < 0) return false;
  const lead = bytes[at]!;
  const need = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : -1;
  if (need < 0 || at + need >= bytes.length + (need > 0 ? 0 : 1)) return false;
  for (let i = 1; i <= need; i++) if (((bytes[at + i] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** How many leading bytes end on a whole UTF-8 character (a split character waits for the next chunk). */
function wholeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function createChunkDecoder(): ChunkDecoder {
  let encoding: TextEncodingName | null = null;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let sawNonAscii = false;
  let carry: Uint8Array = new Uint8Array(0);
  let offset = 0;

  function start(first: Uint8Array): void {
    encoding = markedEncoding(first);
    if (encoding === 'utf-16le' || encoding === 'utf-16be') decoder = new TextDecoder(encoding, { ignoreBOM: true });
    else refuseBinary(first);
  }

  /** Unmarked or UTF-8-marked text: whole characters only, so a failure can be re-read as Windows-1252. */
  function decodeUtf8(bytes: Uint8Array, final: boolean): string {
    const all = joined(carry, bytes);
    const cut = final ? all.length : wholeUtf8Length(all);
    const piece = all.subarray(0, cut);
    carry = all.slice(cut);
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(piece);
      sawNonAscii ||= hasNonAscii(piece);
      return text;
    } catch {
      if (sawNonAscii || encoding === 'utf-8' || firstNonAsciiIsUtf8(piece)) {
        throw new NotTextError(
          `The file mixes text encodings (it stops being UTF-8 near byte ${offset.toLocaleString('en-US')}). Export it again as "CSV UTF-8".`,
        );
      }
      // Only ASCII so far, which Windows-1252 reads the same way: the file is Windows-1252.
      encoding = 'windows-1252';
      decoder = new TextDecoder('windows-1252', { ignoreBOM: true });
      const text = decoder.decode(all, { stream: !final });
      carry = new Uint8Array(0);
      return text;
    }
  }

  let head: Uint8Array = new Uint8Array(0);
  let started = false;
  let emitted = false;

  function decode(bytes: Uint8Array, final: boolean): string {
    let text = decoder ? decoder.decode(bytes, { stream: !final }) : decodeUtf8(bytes, final);
    offset += bytes.length;
    if (!emitted && text.length > 0) {
      emitted = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  /** The first few bytes decide the encoding, so they wait until there are enough to look at. */
  function begin(bytes: Uint8Array, final: boolean): string {
    head = joined(head, bytes);
    if (head.length < 4 && !final) return '';
    started = true;
    start(head);
    return decode(head, final);
  }

  return {
    push(bytes) {
      if (bytes.length === 0) return '';
      return started ? decode(bytes, false) : begin(bytes, false);
    },
    end() {
      if (!started) return head.length === 0 ? '' : begin(new Uint8Array(0), true);
      return decode(new Uint8Array(0), true);
    },
    get encoding() {
      return started ? (encoding ?? 'utf-8') : null;
    },
  };
}
