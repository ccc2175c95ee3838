import {
  type AtomicFs,
  AtomicWriteError,
  nodeAtomicFs,
  type WriteStage,
  writeFileAtomic as writeAtomically,
} from '../src-node/atomic-write';
import { ShellError } from './shell-error';

export type { AtomicFs } from '../src-node/atomic-write';
export { nodeAtomicFs } from '../src-node/atomic-write';

export const FILE_LOCKED_MESSAGE = 'The file is open in another program — close it and try again.';
export const FOLDER_NOT_WRITABLE_MESSAGE = 'Fieldbook can’t write to this folder — choose another.';
export const DISK_FULL_MESSAGE = 'The disk is full — free some space and try again.';

/** Maps an OS error to what the CSM needs to hear, depending on which step failed. */
export function describeWriteError(err: unknown, stage: WriteStage): ShellError {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new ShellError('disk-full', DISK_FULL_MESSAGE);
  if (code === 'EBUSY' || code === 'ETXTBSY') return new ShellError('file-locked', FILE_LOCKED_MESSAGE);
  if (code === 'EROFS') return new ShellError('folder-not-writable', FOLDER_NOT_WRITABLE_MESSAGE);
  if (code === 'EPERM' || code === 'EACCES') {
    // Creating the temp file failed: the folder refuses writes. Replacing failed: the target is
    // held by another program (Windows reports a file open in PowerPoint as EPERM/EACCES).
    return stage === 'replace'
      ? new ShellError('file-locked', FILE_LOCKED_MESSAGE)
      : new ShellError('folder-not-writable', FOLDER_NOT_WRITABLE_MESSAGE);
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new ShellError('failed', `Fieldbook couldn’t save the file (${detail}).`);
}

/** The shared atomic write (src-node/atomic-write.ts), failing with what the CSM needs to hear. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  try {
    await writeAtomically(target, bytes, { fs });
  } catch (err) {
    if (err instanceof AtomicWriteError) throw describeWriteError(err.cause, err.stage);
    throw err;
  }
}
