import type {
  AppInfo,
  FileChunk,
  IpcRequests,
  IpcResult,
  MenuCommand,
  PickedBookFile,
  PickedImportFile,
  SavedFile,
  TokenStatus,
} from '../src-core/ipc';

/**
 * `window.fieldbook`: the one narrow API the preload exposes (named methods only, never
 * ipcRenderer). Every reply is an IpcResult envelope so refusals arrive typed. Only
 * `src-renderer/platform/` may touch it.
 */
export interface FieldbookBridge {
  saveFile(request: IpcRequests['file:save']): Promise<IpcResult<SavedFile>>;
  pickBookFile(): Promise<IpcResult<PickedBookFile | null>>;
  pickImportFiles(): Promise<IpcResult<PickedImportFile[] | null>>;
  readImportChunk(fileId: string, offset: number): Promise<IpcResult<FileChunk>>;
  chooseSaveFolder(): Promise<IpcResult<{ folder: string | null }>>;
  revealFile(fileId: string): Promise<IpcResult<{ done: boolean }>>;
  openFile(fileId: string): Promise<IpcResult<{ done: boolean; message?: string }>>;
  printMeetingBrief(suggestedName: string): Promise<IpcResult<SavedFile>>;
  openExternal(url: string): Promise<IpcResult<{ opened: boolean }>>;
  getToken(serverUrl: string): Promise<IpcResult<{ token: string | null }>>;
  setToken(serverUrl: string, token: string): Promise<IpcResult<TokenStatus>>;
  clearToken(serverUrl: string): Promise<IpcResult<{ cleared: true }>>;
  tokenStatus(): Promise<IpcResult<TokenStatus>>;
  configureTeamServer(
    serverUrl: string | null,
  ): Promise<IpcResult<{ teamServer: string | null; reloadRequired: boolean }>>;
  setNotificationsEnabled(enabled: boolean): Promise<IpcResult<{ enabled: boolean }>>;
  notify(title: string, body: string): Promise<IpcResult<{ shown: boolean }>>;
  setTrayEnabled(enabled: boolean): Promise<IpcResult<{ enabled: boolean }>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  /** Menu, tray and shortcut commands; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Present only in the Electron app. */
    fieldbook?: FieldbookBridge;
  }
}
