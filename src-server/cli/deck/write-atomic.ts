import { AtomicWriteError, writeFileAtomic as writeAtomically } from '../../../src-node/atomic-write';

/** A write that failed, with what the CSM should do about it. */
export class WriteError extends Error {}

/**
 * The shared atomic write (src-node/atomic-write.ts): a failure (disk full, folder read-only, the
 * old deck open in PowerPoint on Windows, a folder of that name) leaves the old file exactly as
 * it was and no temporary file behind (RELIABILITY 29), and says in one line what to do.
 * `mode` 0o600 for files holding personal details.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode = 0o644): Promise<void> {
  try {
    await writeAtomically(path, bytes, { mode });
  } catch (e) {
    throw new WriteError(writeAdvice(path, (e instanceof AtomicWriteError ? e.cause : e) as NodeJS.ErrnoException));
  }
}

export function writeAdvice(path: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Cannot write ${path}: the folder is read-only or you lack permission. Choose another --out folder.`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `Cannot replace ${path}: it is open in another program. Close it and run again.`;
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return `Cannot replace ${path}: a folder has that name. Rename it or choose another --out.`;
    case 'ENOSPC':
      return `Cannot write ${path}: the disk is full. Free some space and run again.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `Cannot write ${path}: its folder does not exist. Check --out.`;
    default:
      return `Cannot write ${path}: ${e.code ?? e.message}.`;
  }
}
