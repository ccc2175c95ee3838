import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The renderer only ever suggests a file *name*. These helpers turn any suggestion into a
 * name that is safe on Windows, macOS and Linux, and place it only inside a folder the user
 * chose in a dialog (main remembers it); a path never comes from the renderer.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Most file systems allow 255 bytes per name; leave room for " (2)" and the temp-file prefix. */
export const MAX_NAME_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function cutToBytes(s: string, maxBytes: number): string {
  let out = '';
  for (const ch of s) {
    if (utf8Length(out + ch) > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * A safe file name ending in `.extension`: separators and characters Windows refuses become
 * `_`, `..` cannot survive, reserved device names get a `_` prefix, trailing dots and spaces
 * go, Unicode is kept (NFC), and the name is cut to MAX_NAME_BYTES of UTF-8.
 */
export function safeFileName(suggested: string, extension: string, fallback = 'Fieldbook file'): string {
  const ext = `.${extension.toLowerCase()}`;
  let stem = suggested.normalize('NFC').replace(UNSAFE_CHARS, '_');
  if (stem.toLowerCase().endsWith(ext)) stem = stem.slice(0, -ext.length);
  stem = stem.replace(/\.{2,}/g, '.').replace(/^[\s._]+|[\s.]+$/g, '');
  if (stem === '' || /^_+$/.test(stem)) stem = fallback;
  if (WINDOWS_RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  stem = cutToBytes(stem, MAX_NAME_BYTES - utf8Length(ext)).replace(/[\s.]+$/, '');
  return `${stem || fallback}${ext}`;
}

/** True when `candidate` is `folder` itself or inside it (after resolving `..`). */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const rel = relative(resolve(folder), resolve(candidate));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where a file suggested by the renderer lands in the remembered folder. Throws when the result
 * would leave the folder; `safeFileName` makes that impossible, this is the second lock.
 */
export function pathInFolder(folder: string, suggested: string, extension: string): string {
  const target = join(resolve(folder), safeFileName(suggested, extension));
  if (!isInsideFolder(folder, target) || resolve(target) === resolve(folder)) {
    throw new Error(`Refused to write outside the chosen folder: ${suggested}`);
  }
  return target;
}

/**
 * A path returned by a save dialog, forced to the extension of the file kind being saved
 * (the user may type any name; the content type decides the extension).
 */
export function withExtension(chosenPath: string, extension: string): string {
  const ext = `.${extension.toLowerCase()}`;
  return chosenPath.toLowerCase().endsWith(ext) ? chosenPath : `${chosenPath}${ext}`;
}
