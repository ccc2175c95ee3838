import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ShellError } from './shell-error';

/**
 * Writes a file so the old copy survives any failure: the bytes go to a temporary file in
 * the same folder (same volume, so rename is atomic), are flushed to disk, and only then
 * replace the target. A deck open in PowerPoint or a read-only folder ends in a message
 * that says what to do, never in a half-written file (RELIABILITY 29).
 */
export interface FileHandleLike {
  write(data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicFs {
  open(path: string, flags: string, mode: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = { open, rename, unlink };

export const FILE_LOCKED_MESSAGE = 'The file is open in another program — close it and try again.';
export const FOLDER_NOT_WRITABLE_MESSAGE = 'Fieldbook can’t write to this folder — choose another.';
export const DISK_FULL_MESSAGE = 'The disk is full — free some space and try again.';

type Stage = 'create' | 'write' | 'replace';

/** Maps an OS error to what the CSM needs to hear, depending on which step failed. */
export function describeWriteError(err: unknown, stage: Stage): ShellError {
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

export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  // Cut by code points so the temp name never holds half a surrogate pair.
  const temp = join(dirname(target), `.${[...basename(target)].slice(0, 40).join('')}.${randomUUID()}.tmp`);
  let stage: Stage = 'create';
  let handle: FileHandleLike | null = null;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    stage = 'write';
    let written = 0;
    while (written < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.byteLength - written, written);
      written += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = null;
    stage = 'replace';
    await fs.rename(temp, target);
  } catch (err) {
    // Cleanup failures must not hide the error the CSM needs to see.
    if (handle) await handle.close().catch(() => undefined);
    if (stage !== 'create') await fs.unlink(temp).catch(() => undefined);
    throw describeWriteError(err, stage);
  }
}
