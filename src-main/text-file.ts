import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** A small JSON file main owns (settings, encrypted tokens): read as text, written atomically. */
export function textFile(path: string): { read(): Promise<string | null>; write(text: string): Promise<void> } {
  return {
    async read() {
      try {
        return await readFile(path, 'utf8');
      } catch (err) {
        if ((err as { code?: string }).code === 'ENOENT') return null;
        throw err;
      }
    },
    async write(text) {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, new TextEncoder().encode(text));
    },
  };
}
