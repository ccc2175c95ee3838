/**
 * File names safe on Windows, macOS and Linux: the one owner used by the desktop app's saves
 * (src-main/safe-path.ts), the browser's downloads and deck file names.
 */

/** Characters Windows, macOS or Linux refuse in a name, and invisible ones that disguise it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
export const UNSAFE_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Most file systems allow 255 bytes per name; leave room for " (2)" and the temp-file prefix. */
export const MAX_NAME_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The longest prefix of `text` (whole characters) that fits in `maxBytes` of UTF-8. */
export function cutToBytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A safe file name ending in `.extension`: separators and characters Windows refuses become
 * `_`, `..` cannot survive, reserved device names get a `_` prefix, trailing dots and spaces
 * go, Unicode is kept (NFC), and the name is cut to MAX_NAME_BYTES of UTF-8. With no extension
 * (a browser download of an unknown type) the name is made safe the same way and keeps none.
 */
export function safeFileName(suggested: string, extension: string | null, fallback = 'Fieldbook file'): string {
  const ext = extension ? `.${extension.toLowerCase()}` : '';
  let stem = suggested.normalize('NFC').replace(UNSAFE_FILE_CHARS, '_');
  if (ext && stem.toLowerCase().endsWith(ext)) stem = stem.slice(0, -ext.length);
  stem = stem.replace(/\.{2,}/g, '.').replace(/^[\s._]+|[\s.]+$/g, '');
  if (stem === '' || /^_+$/.test(stem)) stem = fallback;
  if (WINDOWS_RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  stem = cutToBytes(stem, MAX_NAME_BYTES - utf8Length(ext)).replace(/[\s.]+$/, '');
  return `${stem || fallback}${ext}`;
}
