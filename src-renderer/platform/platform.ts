import type { PickedBookFile, TokenPersistence, TokenStatus } from '../../src-core/ipc/types';

/**
 * The one contract between the renderer and the operating system. The Electron preload implements
 * it over IPC; the browser implementation uses downloads and file inputs. Screens call
 * `usePlatform()` / `getPlatform()` and never ask which runtime they are in.
 */
import type { MenuCommand } from '../../src-core/ipc/channels';

export type { MenuCommand };

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  mimeType: string;
  /**
   * Electron: 'ask' (default) shows a save dialog; 'remembered-folder' saves into the folder the
   * CSM chose in Settings without asking. Browsers always download.
   */
  destination?: 'ask' | 'remembered-folder';
}

export type SaveFileResult =
  | {
      saved: true;
      location: string;
      /** Electron only: an id for `revealFile`/`openFile` (the renderer never holds a path to act on). */
      fileId?: string;
    }
  | { saved: false; reason: 'cancelled' | 'failed' | 'no-folder'; message?: string };

// The same shapes main answers with over IPC (src-core/ipc/types.ts): one definition for both sides.
export type { TokenPersistence, TokenStatus } from '../../src-core/ipc/types';
export type PickedFile = PickedBookFile;

/** A file chosen for an import, read a chunk at a time (the core's importer streams it). */
export interface ImportFile {
  name: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Save a generated file (deck, export) where the user chooses; never a path the renderer names. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the user pick a book file (JSON) to import; null when cancelled. */
  pickBookFile(): Promise<PickedFile | null>;
  /** Let the user pick CRM exports, KPI files or calendars to import (several at once); null when cancelled. */
  pickImportFiles(): Promise<ImportFile[] | null>;
  /** Print the current view, or save it as PDF (Electron: print to PDF; browser: print dialog). */
  printView(title: string): Promise<void>;
  /** Open an http(s) link in the system browser. */
  openExternal(url: string): Promise<void>;
  /**
   * Browser only: whether the app itself is saved for offline use (a service worker controls the
   * page), so a reload with no network opens it. Absent in Electron, whose app is on disk.
   */
  appSavedOffline?(): Promise<boolean>;
  /** Team-server token: kept by the main process in secure storage, or for the session only. */
  tokens: {
    get(serverUrl: string): Promise<string | null>;
    set(serverUrl: string, token: string): Promise<TokenPersistence>;
    clear(serverUrl: string): Promise<void>;
    /** Where tokens are kept, and why when it is the session only (RELIABILITY 35). */
    status?(): Promise<TokenStatus>;
  };
  /** Electron only: show a file this app saved in the OS's file manager. */
  revealFile?(fileId: string): Promise<boolean>;
  /** Electron only: open a file this app saved with its default app (PowerPoint, Keynote…). */
  openFile?(fileId: string): Promise<{ opened: boolean; message?: string }>;
  /** Electron only: let the CSM choose the folder that 'remembered-folder' saves go to. */
  chooseSaveFolder?(): Promise<string | null>;
  /** Electron only: tell main the team server, so the CSP allows it; reload when asked to. */
  configureTeamServer?(serverUrl: string | null): Promise<{ reloadRequired: boolean }>;
  /** Electron only: OS notifications, off until the CSM opts in. */
  notifications?: {
    setEnabled(enabled: boolean): Promise<void>;
    show(title: string, body: string): Promise<boolean>;
  };
  /** Electron only: keep running in the tray/menu bar when the window closes. */
  setTrayEnabled?(enabled: boolean): Promise<void>;
  /** Electron only: menu and shortcut commands (New note, Sync now…); returns an unsubscribe. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
