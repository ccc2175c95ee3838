import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * A package's parts by name, in archive order, while a deck is corrected and put on its
 * template. fflate reads and writes the archive synchronously in one pass: JSZip's streaming
 * pipeline (a pako deflater set up per part, a CRC probe and a `setImmediate` per chunk) cost
 * more than pptxgenjs writing the slides (issue 13's profile of `deck.batch`).
 */
export type PackageParts = Map<string, Uint8Array>;

/** The parts of a zip (only those `wanted`, when given); the empty folder entries pptxgenjs adds are not parts. */
export function readParts(zip: Uint8Array, wanted: (name: string) => boolean = () => true): PackageParts {
  const files = unzipSync(zip, { filter: (file) => !file.name.endsWith('/') && wanted(file.name) });
  return new Map(Object.entries(files));
}

/** A part as text (UTF-8), or '' when the package has no such part. */
export function partText(parts: PackageParts, name: string): string {
  const bytes = parts.get(name);
  return bytes ? strFromU8(bytes) : '';
}

/** Adds or replaces a part; a replaced part keeps its place in the archive. */
export function putPart(parts: PackageParts, name: string, data: string | Uint8Array): void {
  parts.set(name, typeof data === 'string' ? strToU8(data) : data);
}

/**
 * The parts in a zip, deflated (fflate's level 6 is both smaller and, on a deck's XML, no slower
 * than its level 1) or `stored` for a package inside another that is deflated as a whole (a
 * chart's workbook). `modifiedAt` (an ISO instant: the deck's generation time, since the core
 * reads no clock) dates every entry.
 */
export function writeParts(parts: PackageParts, modifiedAt: string, how: 'deflated' | 'stored'): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of parts) files[name] = bytes;
  return zipSync(files, { level: how === 'stored' ? 0 : 6, mtime: modifiedAt });
}
