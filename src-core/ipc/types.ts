/**
 * What each channel answers. Requests are described by the zod schemas in `schemas.ts`
 * (main validates them); replies come from main itself, so plain types are enough.
 */
export type SavedFile =
  | { saved: true; location: string; fileId: string }
  | { saved: false; reason: 'cancelled' | 'failed' | 'no-folder'; message?: string };

export interface PickedBookFile {
  name: string;
  text: string;
}

/** A file the CSM chose to import (CRM export, KPI CSV, calendar): read in chunks by its id, never by path. */
export interface PickedImportFile {
  fileId: string;
  name: string;
  size: number;
}

export interface FileChunk {
  bytes: Uint8Array;
  /** True once the chunk reaches the end of the file. */
  done: boolean;
}

export type TokenPersistence = 'secure' | 'session';

export interface TokenStatus {
  persistence: TokenPersistence;
  /** Why tokens are kept for the session only, in words a CSM understands. */
  reason: string | null;
}

export interface AppInfo {
  version: string;
  os: 'linux' | 'mac' | 'windows' | 'other';
  teamServer: string | null;
  saveFolder: string | null;
  notificationsEnabled: boolean;
  trayEnabled: boolean;
  tokens: TokenStatus;
}

export interface IpcReplies {
  'file:save': SavedFile;
  'file:pick-book': PickedBookFile | null;
  'file:pick-import': PickedImportFile[] | null;
  'file:read-chunk': FileChunk;
  'file:choose-folder': { folder: string | null };
  'file:reveal': { done: boolean };
  'file:open': { done: boolean; message?: string };
  'print:meeting-brief': SavedFile;
  'shell:open-external': { opened: boolean };
  'token:get': { token: string | null };
  'token:set': TokenStatus;
  'token:clear': { cleared: true };
  'token:status': TokenStatus;
  'server:configure': { teamServer: string | null; reloadRequired: boolean };
  'notify:set-enabled': { enabled: boolean };
  'notify:show': { shown: boolean };
  'tray:set-enabled': { enabled: boolean };
  'app:info': AppInfo;
}

/** Why main refused or failed a request; `message` is shown to the CSM as is. */
export type IpcErrorCode =
  | 'unknown-channel'
  | 'untrusted-sender'
  | 'payload-too-large'
  | 'invalid-payload'
  | 'file-locked'
  | 'folder-not-writable'
  | 'disk-full'
  | 'failed';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** Every reply travels in this envelope, so errors arrive typed instead of as Electron's wrapped strings. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
