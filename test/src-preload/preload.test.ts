import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../../src-core/ipc';
import { createBridge, type IpcRendererLike } from '../../src-preload/bridge';

const exposed = vi.hoisted(() => [] as Array<[string, unknown]>);
const fakeIpcRenderer = vi.hoisted(() => ({
  invoke: async () => undefined,
  on: () => undefined,
  removeListener: () => undefined,
  send: () => undefined,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
  ipcRenderer: fakeIpcRenderer,
}));

function recordingIpc() {
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return { ok: true, value: null };
    },
    on: (channel, listener) => listeners.set(channel, listener),
    removeListener: (channel) => listeners.delete(channel),
  };
  return { ipc, invoked, listeners };
}

describe('the preload', () => {
  it('exposes exactly one object, window.fieldbook, made of named functions and no ipcRenderer', async () => {
    await import('../../src-preload/index');
    expect(exposed.map(([key]) => key)).toEqual(['fieldbook']);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(fakeIpcRenderer);
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', 'postMessage'])
      expect(api).not.toHaveProperty(generic);
  });

  it('reaches every channel of the contract through one named method each, with the payload main expects', async () => {
    const { ipc, invoked } = recordingIpc();
    const bridge = createBridge(ipc);
    const bytes = new Uint8Array([1, 2]);
    await bridge.saveFile({ suggestedName: 'Acme QBR', mimeType: 'application/pdf', bytes, destination: 'ask' });
    await bridge.pickBookFile();
    await bridge.pickImportFiles();
    await bridge.readImportChunk('00000001-aaaa', 1_048_576);
    await bridge.chooseSaveFolder();
    await bridge.revealFile('00000001-aaaa');
    await bridge.openFile('00000001-aaaa');
    await bridge.printMeetingBrief('Acme brief');
    await bridge.openExternal('https://example.com');
    await bridge.getToken('https://sync.example.com');
    await bridge.setToken('https://sync.example.com', 'fb_1');
    await bridge.clearToken('https://sync.example.com');
    await bridge.tokenStatus();
    await bridge.configureTeamServer(null);
    await bridge.setNotificationsEnabled(true);
    await bridge.notify('Renewal in 30 days', 'Acme Dental');
    await bridge.setTrayEnabled(false);
    await bridge.appInfo();
    expect(invoked).toEqual([
      ['file:save', { suggestedName: 'Acme QBR', mimeType: 'application/pdf', bytes, destination: 'ask' }],
      ['file:pick-book', {}],
      ['file:pick-import', {}],
      ['file:read-chunk', { fileId: '00000001-aaaa', offset: 1_048_576 }],
      ['file:choose-folder', {}],
      ['file:reveal', { fileId: '00000001-aaaa' }],
      ['file:open', { fileId: '00000001-aaaa' }],
      ['print:meeting-brief', { suggestedName: 'Acme brief' }],
      ['shell:open-external', { url: 'https://example.com' }],
      ['token:get', { serverUrl: 'https://sync.example.com' }],
      ['token:set', { serverUrl: 'https://sync.example.com', token: 'fb_1' }],
      ['token:clear', { serverUrl: 'https://sync.example.com' }],
      ['token:status', {}],
      ['server:configure', { serverUrl: null }],
      ['notify:set-enabled', { enabled: true }],
      ['notify:show', { title: 'Renewal in 30 days', body: 'Acme Dental' }],
      ['tray:set-enabled', { enabled: false }],
      ['app:info', {}],
    ]);
    expect(new Set(invoked.map(([channel]) => channel))).toEqual(new Set(INVOKE_CHANNELS));
  });

  it('passes on known menu commands only, and stops listening on unsubscribe', () => {
    const { ipc, listeners } = recordingIpc();
    const got: string[] = [];
    const stop = createBridge(ipc).onMenuCommand((command) => got.push(command));
    const emit = listeners.get(MENU_COMMAND_CHANNEL)!;
    emit({}, { command: 'new-note' });
    emit({}, { command: 'rm -rf' });
    emit({}, null);
    emit({}, { command: 'generate-qbr' });
    expect(got).toEqual(['new-note', 'generate-qbr']);
    stop();
    expect(listeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });
});
