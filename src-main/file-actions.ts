import { basename, join } from 'node:path';
import {
  SAVE_FILE_TYPES,
  type IpcRequests,
  type FileChunk,
  type PickedBookFile,
  type PickedImportFile,
  type SavedFile,
  type SaveMimeType,
} from '../src-core/ipc';
import { pathInFolder, safeFileName, withExtension } from './safe-path';
import type { PickedFiles } from './picked-files';
import type { SavedFiles } from './saved-files';
import { ShellError } from './shell-error';
import type { ShellSettingsStore } from './shell-settings';

/**
 * Saving, opening and revealing files. Paths come only from a dialog shown by main or from the
 * folder the CSM chose earlier; the renderer sends bytes and a suggested name.
 */
export interface FileDialogs {
  askSavePath(defaultPath: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  askOpenPath(filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Several files at once (an import of Accounts, Contacts, Opportunities…). */
  askOpenPaths(filter: { name: string; extensions: string[] }): Promise<string[]>;
  askFolder(): Promise<string | null>;
}

export interface FileSystemForActions {
  exists(path: string): Promise<boolean>;
  sizeOf(path: string): Promise<number>;
  readText(path: string): Promise<string>;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  readChunk(path: string, offset: number, length: number): Promise<Uint8Array>;
  write(path: string, bytes: Uint8Array): Promise<void>;
}

export interface FileActionDeps {
  dialogs: FileDialogs;
  fs: FileSystemForActions;
  settings: ShellSettingsStore;
  savedFiles: SavedFiles;
  pickedFiles: PickedFiles;
  documentsFolder: string;
  reveal(path: string): void;
  /** Resolves to '' on success or the OS's error text. */
  openWithDefaultApp(path: string): Promise<string>;
}

export const MAX_BOOK_FILE_BYTES = 256 * 1024 * 1024;

/** `name.pptx`, or `name (2).pptx`… so a save into the remembered folder never replaces a file silently. */
async function freePath(fs: FileSystemForActions, folder: string, name: string, extension: string): Promise<string> {
  const first = pathInFolder(folder, name, extension);
  if (!(await fs.exists(first))) return first;
  const stem = basename(first).slice(0, -(extension.length + 1));
  for (let n = 2; n < 1000; n += 1) {
    const candidate = pathInFolder(folder, `${stem} (${n})`, extension);
    if (!(await fs.exists(candidate))) return candidate;
  }
  throw new ShellError('failed', 'This folder already holds too many files with that name — choose another name.');
}

export async function saveFile(deps: FileActionDeps, request: IpcRequests['file:save']): Promise<SavedFile> {
  return saveBytes(deps, request.suggestedName, request.mimeType, request.bytes, request.destination);
}

export async function saveBytes(
  deps: FileActionDeps,
  suggestedName: string,
  mimeType: SaveMimeType,
  bytes: Uint8Array,
  destination: 'ask' | 'remembered-folder',
): Promise<SavedFile> {
  const { extension, label } = SAVE_FILE_TYPES[mimeType];
  let target: string;
  if (destination === 'remembered-folder') {
    const folder = deps.settings.get().saveFolder;
    if (!folder) return { saved: false, reason: 'no-folder', message: 'Choose a folder for saved files first.' };
    target = await freePath(deps.fs, folder, suggestedName, extension);
  } else {
    const start = join(deps.settings.get().saveFolder ?? deps.documentsFolder, safeFileName(suggestedName, extension));
    const chosen = await deps.dialogs.askSavePath(start, { name: label, extensions: [extension] });
    if (!chosen) return { saved: false, reason: 'cancelled' };
    target = withExtension(chosen, extension);
  }
  await deps.fs.write(target, bytes);
  return { saved: true, location: target, fileId: await deps.savedFiles.remember(target) };
}

export async function pickBookFile(deps: FileActionDeps): Promise<PickedBookFile | null> {
  const path = await deps.dialogs.askOpenPath({ name: 'Fieldbook book file', extensions: ['json'] });
  if (!path) return null;
  if ((await deps.fs.sizeOf(path)) > MAX_BOOK_FILE_BYTES) {
    throw new ShellError('failed', 'This file is larger than 256 MB, too large to be a Fieldbook book file.');
  }
  return { name: basename(path), text: await deps.fs.readText(path) };
}

/** Chunks main reads for an import: big enough to be quick, small enough for IPC. */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;
const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'ics'];

export async function pickImportFiles(deps: FileActionDeps): Promise<PickedImportFile[] | null> {
  const paths = await deps.dialogs.askOpenPaths({
    name: 'CRM exports, KPI files and calendars',
    extensions: IMPORT_EXTENSIONS,
  });
  if (paths.length === 0) return null;
  const picked: PickedImportFile[] = [];
  for (const path of paths) {
    const size = await deps.fs.sizeOf(path);
    picked.push({ fileId: deps.pickedFiles.remember(path, size), name: basename(path), size });
  }
  return picked;
}

export async function readImportChunk(deps: FileActionDeps, fileId: string, offset: number): Promise<FileChunk> {
  const file = deps.pickedFiles.get(fileId);
  if (!file)
    throw new ShellError('failed', 'Fieldbook can only read files you chose for this import; choose them again.');
  const bytes = await deps.fs.readChunk(file.path, offset, IMPORT_CHUNK_BYTES);
  return { bytes, done: offset + bytes.length >= file.size || bytes.length === 0 };
}

export async function chooseSaveFolder(deps: FileActionDeps): Promise<{ folder: string | null }> {
  const folder = await deps.dialogs.askFolder();
  if (!folder) return { folder: deps.settings.get().saveFolder };
  await deps.settings.update({ saveFolder: folder });
  return { folder };
}

export function revealSavedFile(deps: FileActionDeps, fileId: string): { done: boolean } {
  const path = deps.savedFiles.pathOf(fileId);
  if (!path) return { done: false };
  deps.reveal(path);
  return { done: true };
}

export async function openSavedFile(
  deps: FileActionDeps,
  fileId: string,
): Promise<{ done: boolean; message?: string }> {
  const path = deps.savedFiles.pathOf(fileId);
  if (!path) return { done: false, message: 'Fieldbook can only open files it saved itself.' };
  if (!(await deps.fs.exists(path))) return { done: false, message: 'This file has been moved or deleted.' };
  const error = await deps.openWithDefaultApp(path);
  return error ? { done: false, message: `The file could not be opened: ${error}` } : { done: true };
}
