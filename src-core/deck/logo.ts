/**
 * The agency logo from Settings, checked without decoding it: a broken or oversized file
 * becomes a placeholder (the agency name) and a warning, never a deck that will not open
 * and never an unbounded amount of memory per deck in a 40-deck batch (RELIABILITY 28).
 */
export const MAX_LOGO_BYTES = 1_000_000;
export const MAX_LOGO_SIDE_PX = 4_000;

export interface CheckedLogo {
  /** `image/png;base64,…` as pptxgenjs takes it. */
  data: string;
  widthPx: number;
  heightPx: number;
}

export type LogoCheck = { ok: true; logo: CheckedLogo } | { ok: false; warning: string };

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      warning: `The logo is ${mb} MB, over the 1 MB limit; the agency name is shown instead. Use a smaller PNG or JPEG in Settings.`,
    };
  }
  const image = pngInfo(bytes) ?? jpegInfo(bytes);
  if (!image) {
    return {
      ok: false,
      warning:
        'The logo is not a readable PNG or JPEG; the agency name is shown instead. Choose another file in Settings.',
    };
  }
  if (image.width > MAX_LOGO_SIDE_PX || image.height > MAX_LOGO_SIDE_PX) {
    return {
      ok: false,
      warning: `The logo is ${image.width}×${image.height} pixels, over the ${MAX_LOGO_SIDE_PX} pixel limit; the agency name is shown instead.`,
    };
  }
  return {
    ok: true,
    logo: { data: `${image.mime};base64,${toBase64(bytes)}`, widthPx: image.width, heightPx: image.height },
  };
}

interface ImageInfo {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 45 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  if (ascii(b, 12, 4) !== 'IHDR' || ascii(b, b.length - 8, 4) !== 'IEND') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  return width > 0 && height > 0 ? { mime: 'image/png', width, height } : null;
}

/** Walks JPEG segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9)
    return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const height = (b[i + 5]! << 8) | b[i + 6]!;
      const width = (b[i + 7]! << 8) | b[i + 8]!;
      return width > 0 && height > 0 ? { mime: 'image/jpeg', width, height } : null;
    }
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

function ascii(b: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...b.subarray(at, at + n));
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa, so the core runs the same in Node, a worker and a page. */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out.push(
      B64[(n >> 18) & 63]!,
      B64[(n >> 12) & 63]!,
      left > 1 ? B64[(n >> 6) & 63]! : '=',
      left > 2 ? B64[n & 63]! : '=',
    );
  }
  return out.join('');
}

const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Standard padded base64 back to bytes; null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (B64_VALUE.get(text[i]!)! << 18) |
      (B64_VALUE.get(text[i + 1]!)! << 12) |
      ((B64_VALUE.get(text[i + 2]!) ?? 0) << 6) |
      (B64_VALUE.get(text[i + 3]!) ?? 0);
    for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}
