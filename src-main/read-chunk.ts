import { open } from 'node:fs/promises';

/** Up to `length` bytes of a file from `offset`: an import file crosses IPC a chunk at a time. */
export async function readChunk(path: string, offset: number, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
