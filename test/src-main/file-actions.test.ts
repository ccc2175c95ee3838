import { access, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_BOOK_FILE_BYTES,
  openSavedFile,
  IMPORT_CHUNK_BYTES,
  pickBookFile,
  pickImportFiles,
  readImportChunk,
  revealSavedFile,
  saveFile,
  type FileActionDeps,
} from '../../src-main/file-actions';
import { writeFileAtomic } from '../../src-main/atomic-write';
import { PickedFiles } from '../../src-main/picked-files';
import { readChunk } from '../../src-main/read-chunk';
import { SavedFiles } from '../../src-main/saved-files';
import { ShellSettingsStore } from '../../src-main/shell-settings';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation' as const;
let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'fieldbook-files-'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

async function setup(
  overrides: {
    saveFolder?: string | null;
    savePath?: string | null;
    openPath?: string | null;
    openPaths?: string[];
    bookSize?: number;
  } = {},
) {
  const settings = await ShellSettingsStore.load({ read: async () => null, write: async () => undefined });
  if (overrides.saveFolder !== undefined) await settings.update({ saveFolder: overrides.saveFolder });
  let n = 0;
  const asked: string[] = [];
  const revealed: string[] = [];
  const opened: string[] = [];
  const deps: FileActionDeps = {
    dialogs: {
      askSavePath: async (defaultPath) => {
        asked.push(defaultPath);
        return overrides.savePath ?? null;
      },
      askOpenPath: async () => overrides.openPath ?? null,
      askOpenPaths: async () => overrides.openPaths ?? [],
      askFolder: async () => null,
    },
    fs: {
      exists: (p) =>
        access(p).then(
          () => true,
          () => false,
        ),
      sizeOf: async (p) => overrides.bookSize ?? (await stat(p)).size,
      readText: (p) => readFile(p, 'utf8'),
      readChunk,
      write: (p, bytes) => writeFileAtomic(p, bytes),
    },
    settings,
    savedFiles: new SavedFiles(settings, () => {
      n += 1;
      return `0000000${n}-aaaa`;
    }),
    pickedFiles: new PickedFiles(() => {
      n += 1;
      return `0000000${n}-bbbb`;
    }),
    documentsFolder: join(home, 'Documents'),
    reveal: (p) => void revealed.push(p),
    openWithDefaultApp: async (p) => {
      opened.push(p);
      return '';
    },
  };
  return { deps, asked, revealed, opened };
}

const deckRequest = (suggestedName: string, destination: 'ask' | 'remembered-folder') => ({
  suggestedName,
  mimeType: PPTX,
  bytes: new TextEncoder().encode('PK deck'),
  destination,
});

describe('saving a generated deck', () => {
  it('saves where the CSM chose in the dialog, with the deck extension', async () => {
    const { deps, asked } = await setup({ savePath: join(home, 'Acme QBR') });
    const result = await saveFile(deps, deckRequest('Acme QBR 2026-Q3', 'ask'));
    expect(result).toEqual({ saved: true, location: join(home, 'Acme QBR.pptx'), fileId: '00000001-aaaa' });
    expect(asked).toEqual([join(home, 'Documents', 'Acme QBR 2026-Q3.pptx')]);
    expect(await readFile(join(home, 'Acme QBR.pptx'), 'utf8')).toBe('PK deck');
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const { deps } = await setup({ savePath: null });
    expect(await saveFile(deps, deckRequest('Acme QBR', 'ask'))).toEqual({ saved: false, reason: 'cancelled' });
    expect(await readdir(home)).toEqual([]);
  });

  it('saves into the remembered folder, never where the suggested name points', async () => {
    const decks = join(home, 'Decks');
    await writeFile(join(home, 'keep.txt'), 'x');
    const { deps } = await setup({ saveFolder: decks });
    await mkdir(decks);
    const result = await saveFile(deps, deckRequest('../keep.txt', 'remembered-folder'));
    expect(result).toEqual({ saved: true, location: join(decks, 'keep.txt.pptx'), fileId: '00000001-aaaa' });
    expect(await readFile(join(home, 'keep.txt'), 'utf8')).toBe('x');
  });

  it('never silently replaces a file in the remembered folder', async () => {
    const { deps } = await setup({ saveFolder: home });
    await writeFile(join(home, 'Acme QBR.pptx'), 'last quarter');
    const result = await saveFile(deps, deckRequest('Acme QBR', 'remembered-folder'));
    expect(result.saved && result.location).toBe(join(home, 'Acme QBR (2).pptx'));
    expect(await readFile(join(home, 'Acme QBR.pptx'), 'utf8')).toBe('last quarter');
  });

  it('asks for a folder first when none was chosen', async () => {
    const { deps } = await setup();
    expect(await saveFile(deps, deckRequest('Acme QBR', 'remembered-folder'))).toEqual({
      saved: false,
      reason: 'no-folder',
      message: 'Choose a folder for saved files first.',
    });
  });
});

describe('acting on saved files', () => {
  it('reveals and opens only files main saved, by id', async () => {
    const { deps, revealed, opened } = await setup({ savePath: join(home, 'Acme QBR.pptx') });
    const saved = await saveFile(deps, deckRequest('Acme QBR', 'ask'));
    if (!saved.saved) throw new Error('not saved');
    expect(revealSavedFile(deps, saved.fileId)).toEqual({ done: true });
    expect(await openSavedFile(deps, saved.fileId)).toEqual({ done: true });
    expect(revealSavedFile(deps, '99999999-ffff')).toEqual({ done: false });
    expect(await openSavedFile(deps, '99999999-ffff')).toEqual({
      done: false,
      message: 'Fieldbook can only open files it saved itself.',
    });
    expect(revealed).toEqual([join(home, 'Acme QBR.pptx')]);
    expect(opened).toEqual([join(home, 'Acme QBR.pptx')]);
  });

  it('says so when a saved file was moved away', async () => {
    const { deps } = await setup({ savePath: join(home, 'Acme QBR.pptx') });
    const saved = await saveFile(deps, deckRequest('Acme QBR', 'ask'));
    if (!saved.saved) throw new Error('not saved');
    await rm(join(home, 'Acme QBR.pptx'));
    expect(await openSavedFile(deps, saved.fileId)).toEqual({
      done: false,
      message: 'This file has been moved or deleted.',
    });
  });
});

describe('picking a book file', () => {
  it('reads the file the CSM picked', async () => {
    await writeFile(join(home, 'book.json'), '{"format":"fieldbook-book/1"}');
    const { deps } = await setup({ openPath: join(home, 'book.json') });
    expect(await pickBookFile(deps)).toEqual({ name: 'book.json', text: '{"format":"fieldbook-book/1"}' });
  });

  it('refuses a file too large to be a book', async () => {
    await writeFile(join(home, 'huge.json'), '{}');
    const { deps } = await setup({ openPath: join(home, 'huge.json'), bookSize: MAX_BOOK_FILE_BYTES + 1 });
    await expect(pickBookFile(deps)).rejects.toThrow(
      'This file is larger than 256 MB, too large to be a Fieldbook book file.',
    );
  });
});

describe('picking files to import', () => {
  it('hands the renderer ids, never paths, and reads each file back a chunk at a time', async () => {
    const big = new Uint8Array(IMPORT_CHUNK_BYTES * 2 + 123).map((_, i) => i % 251);
    await writeFile(join(home, 'Task.csv'), big);
    await writeFile(join(home, 'Account.csv'), 'Id,Name\n');
    const { deps } = await setup({ openPaths: [join(home, 'Task.csv'), join(home, 'Account.csv')] });
    const picked = await pickImportFiles(deps);
    expect(picked).toEqual([
      { fileId: '00000001-bbbb', name: 'Task.csv', size: big.length },
      { fileId: '00000002-bbbb', name: 'Account.csv', size: 8 },
    ]);
    expect(JSON.stringify(picked)).not.toContain(home);
    const parts: Uint8Array[] = [];
    for (let offset = 0, done = false; !done; ) {
      const chunk = await readImportChunk(deps, '00000001-bbbb', offset);
      parts.push(chunk.bytes);
      offset += chunk.bytes.length;
      done = chunk.done;
    }
    expect(parts.map((p) => p.length)).toEqual([IMPORT_CHUNK_BYTES, IMPORT_CHUNK_BYTES, 123]);
    expect(Buffer.concat(parts).equals(Buffer.from(big))).toBe(true);
  });

  it('reads nothing the CSM did not choose, and a cancelled dialog picks nothing', async () => {
    const { deps } = await setup({ openPaths: [] });
    expect(await pickImportFiles(deps)).toBeNull();
    await expect(readImportChunk(deps, '0000000f-ffff', 0)).rejects.toThrow('choose them again');
  });
});
