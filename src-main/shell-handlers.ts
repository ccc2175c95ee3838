import type { AppInfo } from '../src-core/ipc';
import {
  chooseSaveFolder,
  openSavedFile,
  pickBookFile,
  pickImportFiles,
  readImportChunk,
  revealSavedFile,
  saveBytes,
  saveFile,
  type FileActionDeps,
} from './file-actions';
import type { IpcHandlers } from './ipc-handlers';
import type { IpcEventLike } from './ipc-sender';
import { ShellError } from './shell-error';
import type { TokenStore } from './token-store';
import { externalLinkTarget, teamServerOrigin } from './trusted-url';

/** The handler behind every channel of the contract, with the OS reached through `deps`. */
export interface ShellDeps extends FileActionDeps {
  tokens: TokenStore;
  version: string;
  os: string;
  openExternal(url: string): Promise<void>;
  /** The sender's page as PDF bytes (webContents.printToPDF). */
  printToPdf(event: IpcEventLike): Promise<Uint8Array>;
  /** Shows an OS notification; false when the OS has none. */
  notify(title: string, body: string): boolean;
  setTray(enabled: boolean): void;
}

function osName(os: string): AppInfo['os'] {
  if (os === 'darwin') return 'mac';
  if (os === 'win32') return 'windows';
  return os === 'linux' ? 'linux' : 'other';
}

export function createShellHandlers(deps: ShellDeps): IpcHandlers {
  return {
    'file:save': (request) => saveFile(deps, request),
    'file:pick-book': () => pickBookFile(deps),
    'file:pick-import': () => pickImportFiles(deps),
    'file:read-chunk': ({ fileId, offset }) => readImportChunk(deps, fileId, offset),
    'file:choose-folder': () => chooseSaveFolder(deps),
    'file:reveal': ({ fileId }) => revealSavedFile(deps, fileId),
    'file:open': ({ fileId }) => openSavedFile(deps, fileId),
    'print:meeting-brief': async ({ suggestedName }, event) =>
      saveBytes(deps, suggestedName, 'application/pdf', await deps.printToPdf(event), 'ask'),
    'shell:open-external': async ({ url }) => {
      const target = externalLinkTarget(url);
      if (!target) return { opened: false };
      await deps.openExternal(target);
      return { opened: true };
    },
    'token:get': async ({ serverUrl }) => ({ token: await deps.tokens.get(serverUrl) }),
    'token:set': ({ serverUrl, token }) => deps.tokens.set(serverUrl, token),
    'token:clear': async ({ serverUrl }) => {
      await deps.tokens.clear(serverUrl);
      return { cleared: true };
    },
    'token:status': () => deps.tokens.status(),
    'server:configure': async ({ serverUrl }) => {
      const origin = serverUrl === null ? null : teamServerOrigin(serverUrl);
      if (serverUrl !== null && !origin) {
        throw new ShellError('invalid-payload', 'The team server address must start with https:// or http://.');
      }
      const changed = deps.settings.get().teamServer !== origin;
      if (changed) await deps.settings.update({ teamServer: origin });
      return { teamServer: origin, reloadRequired: changed };
    },
    'notify:set-enabled': async ({ enabled }) => {
      await deps.settings.update({ notificationsEnabled: enabled });
      return { enabled };
    },
    'notify:show': ({ title, body }) => ({
      shown: deps.settings.get().notificationsEnabled && deps.notify(title, body),
    }),
    'tray:set-enabled': async ({ enabled }) => {
      await deps.settings.update({ trayEnabled: enabled });
      deps.setTray(enabled);
      return { enabled };
    },
    'app:info': () => {
      const s = deps.settings.get();
      return {
        version: deps.version,
        os: osName(deps.os),
        teamServer: s.teamServer,
        saveFolder: s.saveFolder,
        notificationsEnabled: s.notificationsEnabled,
        trayEnabled: s.trayEnabled,
        tokens: deps.tokens.status(),
      };
    },
  };
}
