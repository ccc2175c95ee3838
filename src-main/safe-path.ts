import { isAbsolute, join, relative, resolve } from 'node:path';
import { safeFileName } from '../src-core/text/safe-file-name';

/**
 * The renderer only ever suggests a file *name*. These helpers turn any suggestion into a
 * name that is safe on Windows, macOS and Linux, and place it only inside a folder the user
 * chose in a dialog (main remembers it); a path never comes from the renderer.
 */
export { MAX_NAME_BYTES, safeFileName } from '../src-core/text/safe-file-name';

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
