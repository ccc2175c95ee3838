import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DISK_FULL_MESSAGE,
  FILE_LOCKED_MESSAGE,
  FOLDER_NOT_WRITABLE_MESSAGE,
  nodeAtomicFs,
  writeFileAtomic,
  type AtomicFs,
} from '../../src-main/atomic-write';
import { ShellError } from '../../src-main/shell-error';

let folder: string;
let target: string;
const OLD = new TextEncoder().encode('the QBR the CSM sent last quarter');
const NEW = new TextEncoder().encode('x'.repeat(100_000));

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'fieldbook-atomic-'));
  target = join(folder, 'Acme QBR.pptx');
  await writeFile(target, OLD);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const osError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

async function failure(promise: Promise<unknown>): Promise<ShellError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ShellError) return err;
    throw err;
  }
  throw new Error('expected the write to fail');
}

describe('atomic file write', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    await writeFileAtomic(target, NEW);
    expect(await readFile(target)).toEqual(Buffer.from(NEW));
    expect(await readdir(folder)).toEqual(['Acme QBR.pptx']);
  });

  it('keeps the old file when the write fails halfway', async () => {
    const failingMidWrite: AtomicFs = {
      ...nodeAtomicFs,
      async open(path, flags, mode) {
        const handle = await open(path, flags, mode);
        let calls = 0;
        return {
          write: async (data, offset, _length, position) => {
            calls += 1;
            if (calls > 1) throw osError('EIO');
            // Write only the first 1,000 bytes, as a disk that fails part-way would.
            return handle.write(data, offset, 1000, position);
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const err = await failure(writeFileAtomic(target, NEW, failingMidWrite));
    expect(err.code).toBe('failed');
    expect(await readFile(target)).toEqual(Buffer.from(OLD));
    expect(await readdir(folder)).toEqual(['Acme QBR.pptx']);
  });

  it('keeps the old file when flushing to disk fails', async () => {
    const failingSync: AtomicFs = {
      ...nodeAtomicFs,
      async open(path, flags, mode) {
        const handle = await open(path, flags, mode);
        return {
          write: (...a) => handle.write(...a),
          sync: () => Promise.reject(osError('ENOSPC')),
          close: () => handle.close(),
        };
      },
    };
    const err = await failure(writeFileAtomic(target, NEW, failingSync));
    expect([err.code, err.message]).toEqual(['disk-full', DISK_FULL_MESSAGE]);
    expect(await readFile(target)).toEqual(Buffer.from(OLD));
    expect(await readdir(folder)).toEqual(['Acme QBR.pptx']);
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'says the file is open elsewhere when replacing it fails with %s (PowerPoint holds it)',
    async (code) => {
      const locked: AtomicFs = { ...nodeAtomicFs, rename: () => Promise.reject(osError(code)) };
      const err = await failure(writeFileAtomic(target, NEW, locked));
      expect([err.code, err.message]).toEqual(['file-locked', FILE_LOCKED_MESSAGE]);
      expect(err.message).toBe('The file is open in another program — close it and try again.');
      expect(await readFile(target)).toEqual(Buffer.from(OLD));
      expect(await readdir(folder)).toEqual(['Acme QBR.pptx']);
    },
  );

  it.each(['EACCES', 'EPERM', 'EROFS'])(
    'says to choose another folder when the folder refuses new files (%s)',
    async (code) => {
      const readOnly: AtomicFs = { ...nodeAtomicFs, open: () => Promise.reject(osError(code)) };
      const err = await failure(writeFileAtomic(target, NEW, readOnly));
      expect([err.code, err.message]).toEqual(['folder-not-writable', FOLDER_NOT_WRITABLE_MESSAGE]);
      expect(err.message).toBe('Fieldbook can’t write to this folder — choose another.');
      expect(await readFile(target)).toEqual(Buffer.from(OLD));
    },
  );

  it('fails cleanly on a folder that does not exist', async () => {
    const err = await failure(writeFileAtomic(join(folder, 'gone', 'deck.pptx'), NEW));
    expect(err.code).toBe('failed');
    expect(err.message).toMatch(/^Fieldbook couldn’t save the file \(ENOENT/);
  });

  it('creates the file when none existed', async () => {
    await unlink(target);
    await writeFileAtomic(target, NEW, { ...nodeAtomicFs, rename });
    expect((await readFile(target)).byteLength).toBe(100_000);
  });
});
