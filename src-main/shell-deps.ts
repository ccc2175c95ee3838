import { type BrowserWindow, Notification, dialog, safeStorage, shell, webContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { FileDialogs } from './file-actions';
import { PickedFiles } from './picked-files';
import { readChunk } from './read-chunk';
import { SavedFiles } from './saved-files';
import type { ShellDeps } from './shell-handlers';
import type { ShellSettingsStore } from './shell-settings';
import { textFile } from './text-file';
import { TokenStore } from './token-store';

/** Connects the shell handlers to Electron and the disk. Only wiring; the decisions live in the pure modules. */
export interface ShellDepsOptions {
  settings: ShellSettingsStore;
  userData: string;
  documentsFolder: string;
  version: string;
  currentWindow(): BrowserWindow | null;
  setTray(enabled: boolean): void;
}

function dialogs(currentWindow: () => BrowserWindow | null): FileDialogs {
  const parent = () => currentWindow() ?? undefined;
  const withParent = <T>(show: (win: BrowserWindow | undefined) => Promise<T>) => show(parent());
  return {
    askSavePath: async (defaultPath, filter) => {
      const r = await withParent((win) =>
        win
          ? dialog.showSaveDialog(win, { defaultPath, filters: [filter] })
          : dialog.showSaveDialog({ defaultPath, filters: [filter] }),
      );
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    askOpenPath: async (filter) => {
      const options = { properties: ['openFile' as const], filters: [filter] };
      const r = await withParent((win) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)));
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    askOpenPaths: async (filter) => {
      const options = { properties: ['openFile' as const, 'multiSelections' as const], filters: [filter] };
      const r = await withParent((win) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)));
      return r.canceled ? [] : r.filePaths;
    },
    askFolder: async () => {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = await withParent((win) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)));
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}

export function createShellDeps(options: ShellDepsOptions): ShellDeps {
  return {
    dialogs: dialogs(options.currentWindow),
    fs: {
      exists: (path) =>
        access(path).then(
          () => true,
          () => false,
        ),
      sizeOf: async (path) => (await stat(path)).size,
      readText: (path) => readFile(path, 'utf8'),
      readChunk,
      write: (path, bytes) => writeFileAtomic(path, bytes),
    },
    settings: options.settings,
    savedFiles: new SavedFiles(options.settings, randomUUID),
    pickedFiles: new PickedFiles(randomUUID),
    documentsFolder: options.documentsFolder,
    reveal: (path) => shell.showItemInFolder(path),
    openWithDefaultApp: (path) => shell.openPath(path),
    tokens: new TokenStore(safeStorage, process.platform, textFile(join(options.userData, 'team-server-tokens.json'))),
    version: options.version,
    os: process.platform,
    openExternal: (url) => shell.openExternal(url),
    printToPdf: async (event) => {
      const contents = webContents.fromId(event.sender.id);
      if (!contents) throw new Error('The window to print has closed.');
      return contents.printToPDF({ printBackground: true, pageSize: 'A4' });
    },
    notify: (title, body) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body, silent: false }).show();
      return true;
    },
    setTray: options.setTray,
  };
}
