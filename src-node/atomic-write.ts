import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so the old copy survives any failure (RELIABILITY 29), for the desktop app's
 * saves (src-main) and the commands' --out files (src-server) alike: the bytes go to a temporary
 * file in the same folder (same volume, so rename is atomic), are flushed to disk, and only then
 * replace the target; on failure the temporary file is removed. Each caller turns the failed
 * step and the OS error into its own message (a dialog's words, or a command's one line).
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

/** Which step failed: creating the temporary file, writing it, or replacing the target. */
export type WriteStage = 'create' | 'write' | 'replace';

export class AtomicWriteError extends Error {
  constructor(
    readonly stage: WriteStage,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'AtomicWriteError';
  }
}

export interface AtomicWriteOptions {
  /** 0o600 for files holding personal details: the temporary file is created with it. */
  mode?: number;
  fs?: AtomicFs;
}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  { mode = 0o644, fs = nodeAtomicFs }: AtomicWriteOptions = {},
): Promise<void> {
  // Cut by code points so the temp name never holds half a surrogate pair.
  const temp = join(dirname(target), `.${[...basename(target)].slice(0, 40).join('')}.${randomUUID()}.tmp`);
  let stage: WriteStage = 'create';
  let handle: FileHandleLike | null = null;
  try {
    handle = await fs.open(temp, 'wx', mode);
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
    // Cleanup failures must not hide the error the caller needs to report.
    if (handle) await handle.close().catch(() => undefined);
    if (stage !== 'create') await fs.unlink(temp).catch(() => undefined);
    throw new AtomicWriteError(stage, err);
  }
}
