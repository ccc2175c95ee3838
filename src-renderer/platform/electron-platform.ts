import type { FieldbookBridge } from '../../src-preload/api';
import type { SaveMimeType } from '../../src-core/ipc/schemas';
import { PlatformError, unwrap } from './platform-error';
import type { PickedImportFile } from '../../src-core/ipc/types';
import type { ImportFile, Platform, SaveFileRequest, SaveFileResult } from './platform';

/**
 * The Electron platform over `window.fieldbook`. This file is the only place in the renderer
 * that touches the bridge (STYLE: no `window.<bridge>` outside platform/).
 */
export function electronBridge(): FieldbookBridge | null {
  return typeof window !== 'undefined' && window.fieldbook ? window.fieldbook : null;
}

/**
 * A save that main refused or could not complete is a result the screen shows (with main's
 * message), not an exception: callers handle `saved: false` in one place.
 */
async function saveThrough(bridge: FieldbookBridge, request: SaveFileRequest): Promise<SaveFileResult> {
  try {
    const saved = unwrap(
      await bridge.saveFile({
        suggestedName: request.suggestedName,
        mimeType: request.mimeType as SaveMimeType,
        bytes: request.bytes,
        destination: request.destination ?? 'ask',
      }),
    );
    return saved;
  } catch (err) {
    if (err instanceof PlatformError) return { saved: false, reason: 'failed', message: err.message };
    throw err;
  }
}

/** A picked file read through main a chunk at a time: main reads only files the CSM chose. */
function importFileThrough(bridge: FieldbookBridge, file: PickedImportFile): ImportFile {
  return {
    name: file.name,
    size: file.size,
    async *chunks() {
      for (let offset = 0; ; ) {
        const chunk = unwrap(await bridge.readImportChunk(file.fileId, offset));
        if (chunk.bytes.length > 0) yield chunk.bytes;
        offset += chunk.bytes.length;
        if (chunk.done) return;
      }
    },
  };
}

export function createElectronPlatform(bridge: FieldbookBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (request) => saveThrough(bridge, request),
    pickBookFile: async () => unwrap(await bridge.pickBookFile()),
    pickImportFiles: async () => {
      const picked = unwrap(await bridge.pickImportFiles());
      return picked ? picked.map((file) => importFileThrough(bridge, file)) : null;
    },
    printView: async (title) => {
      const saved = unwrap(await bridge.printMeetingBrief(title));
      if (!saved.saved && saved.reason === 'failed')
        throw new PlatformError('failed', saved.message ?? 'The PDF could not be saved.');
    },
    openExternal: async (url) => {
      unwrap(await bridge.openExternal(url));
    },
    tokens: {
      get: async (serverUrl) => unwrap(await bridge.getToken(serverUrl)).token,
      set: async (serverUrl, token) => unwrap(await bridge.setToken(serverUrl, token)).persistence,
      clear: async (serverUrl) => {
        unwrap(await bridge.clearToken(serverUrl));
      },
      status: async () => unwrap(await bridge.tokenStatus()),
    },
    revealFile: async (fileId) => unwrap(await bridge.revealFile(fileId)).done,
    openFile: async (fileId) => {
      const { done, message } = unwrap(await bridge.openFile(fileId));
      return message === undefined ? { opened: done } : { opened: done, message };
    },
    chooseSaveFolder: async () => unwrap(await bridge.chooseSaveFolder()).folder,
    configureTeamServer: async (serverUrl) => ({
      reloadRequired: unwrap(await bridge.configureTeamServer(serverUrl)).reloadRequired,
    }),
    notifications: {
      setEnabled: async (enabled) => {
        unwrap(await bridge.setNotificationsEnabled(enabled));
      },
      show: async (title, body) => unwrap(await bridge.notify(title, body)).shown,
    },
    setTrayEnabled: async (enabled) => {
      unwrap(await bridge.setTrayEnabled(enabled));
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
