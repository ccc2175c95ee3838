import { MENU_COMMAND_CHANNEL, MENU_COMMANDS, type InvokeChannel, type MenuCommand } from '../src-core/ipc/channels';
import type { FieldbookBridge } from './api';

/**
 * Builds `window.fieldbook` from an ipcRenderer. Each method names its channel; nothing lets
 * the page pick a channel or reach ipcRenderer, so the page's reach is exactly this list.
 */
export interface IpcRendererLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): FieldbookBridge {
  const call = <T>(channel: InvokeChannel, payload: object = {}) => ipc.invoke(channel, payload) as Promise<T>;
  return {
    saveFile: (request) => call('file:save', request),
    pickBookFile: () => call('file:pick-book'),
    pickImportFiles: () => call('file:pick-import'),
    readImportChunk: (fileId, offset) => call('file:read-chunk', { fileId, offset }),
    chooseSaveFolder: () => call('file:choose-folder'),
    revealFile: (fileId) => call('file:reveal', { fileId }),
    openFile: (fileId) => call('file:open', { fileId }),
    printMeetingBrief: (suggestedName) => call('print:meeting-brief', { suggestedName }),
    openExternal: (url) => call('shell:open-external', { url }),
    getToken: (serverUrl) => call('token:get', { serverUrl }),
    setToken: (serverUrl, token) => call('token:set', { serverUrl, token }),
    clearToken: (serverUrl) => call('token:clear', { serverUrl }),
    tokenStatus: () => call('token:status'),
    configureTeamServer: (serverUrl) => call('server:configure', { serverUrl }),
    setNotificationsEnabled: (enabled) => call('notify:set-enabled', { enabled }),
    notify: (title, body) => call('notify:show', { title, body }),
    setTrayEnabled: (enabled) => call('tray:set-enabled', { enabled }),
    appInfo: () => call('app:info'),
    onMenuCommand(listener) {
      const wrapped = (_event: unknown, payload: unknown) => {
        const command = (payload as { command?: unknown } | null)?.command;
        if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => void ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
  };
}
