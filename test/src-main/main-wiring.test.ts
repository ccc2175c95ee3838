import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../../src-core/ipc';
import { SECURE_WEB_PREFERENCES } from '../../src-main/main-window';
import { startFieldbook } from '../../src-main/main-app';
import { emitApp, resetFake, state, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let appData: string;

beforeEach(async () => {
  appData = await mkdtemp(join(tmpdir(), 'fieldbook-main-'));
  resetFake({ lock: true, appData });
  // Refusals are logged with a reason code; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(appData, { recursive: true, force: true });
});

async function launch(): Promise<FakeBrowserWindow> {
  startFieldbook({ mainDir: join(appData, 'out', 'main') });
  state.fireReady();
  await vi.waitFor(() => expect(state.windows.length).toBe(1));
  return state.windows[0]!;
}

/** Position of the first recorded call starting with `prefix`; a call that never happened fails the test. */
function firstIndex(prefix: string): number {
  const index = state.calls.findIndex((c) => c.startsWith(prefix));
  if (index < 0) throw new Error(`expected a call to ${prefix}; calls were: ${state.calls.join(', ')}`);
  return index;
}

describe('main process wiring', () => {
  it('takes the single-instance lock after pinning the data folder and before any storage, session or window', async () => {
    await launch();
    const lock = firstIndex('app.requestSingleInstanceLock');
    expect(firstIndex('app.setPath:userData')).toBeLessThan(lock);
    expect(lock).toBeLessThan(firstIndex('app.getPath:userData'));
    expect(lock).toBeLessThan(firstIndex('session.defaultSession'));
    expect(lock).toBeLessThan(firstIndex('new BrowserWindow'));
    expect(lock).toBeLessThan(firstIndex('app.whenReady'));
  });

  it('pins userData to a fixed folder name', async () => {
    await launch();
    expect(state.calls).toContain('app.setPath:userData');
    const { app } = await import('./fake-electron');
    expect(app.getPath('userData')).toBe(join(appData, 'Fieldbook'));
  });

  it('a second instance quits before touching storage or opening a window', () => {
    resetFake({ lock: false, appData });
    startFieldbook({ mainDir: join(appData, 'out', 'main') });
    expect(state.calls).toEqual([
      'app.getPath:appData',
      'app.setPath:userData',
      'app.requestSingleInstanceLock',
      'app.quit',
    ]);
  });

  it('explains a failed start and quits instead of leaving a windowless app', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // An unreadable settings file (here a folder where the file should be).
    await mkdir(join(appData, 'Fieldbook', 'shell-settings.json'), { recursive: true });
    startFieldbook({ mainDir: join(appData, 'out', 'main') });
    state.fireReady();
    await vi.waitFor(() => expect(state.calls).toContain('app.quit'));
    expect(state.calls).toContain('dialog.showErrorBox:Fieldbook could not start');
    expect(state.windows).toEqual([]);
  });

  it('focuses the first window when a second instance starts', async () => {
    const win = await launch();
    emitApp('second-instance');
    expect(win.focused).toBe(1);
  });

  it('gives every window the secure webPreferences and the sandboxed CommonJS preload', async () => {
    const win = await launch();
    expect(win.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: join(appData, 'out', 'preload', 'index.cjs'),
    });
    expect(firstIndex('app.enableSandbox')).toBeLessThan(firstIndex('app.whenReady'));
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.loadedUrl).toBe('app://fieldbook/index.html');
  });

  it('registers the app:// scheme as privileged before ready and serves it after', async () => {
    await launch();
    expect(firstIndex('protocol.registerSchemesAsPrivileged')).toBeLessThan(firstIndex('app.whenReady'));
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('denies permission requests and checks, except persistent storage and clipboard writes for the app itself', async () => {
    await launch();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-read']) {
      const answers: boolean[] = [];
      state.permissionRequest!({}, permission, (granted: boolean) => answers.push(granted), {
        requestingUrl: 'app://fieldbook/index.html',
      });
      expect(answers).toEqual([false]);
      expect(state.permissionCheck!({}, permission, 'app://fieldbook')).toBe(false);
    }
    expect(state.deviceCheck!()).toBe(false);
    const answers: Array<[string, string, boolean]> = [];
    for (const [permission, url] of [
      ['persistent-storage', 'app://fieldbook/index.html'],
      ['clipboard-sanitized-write', 'app://fieldbook/index.html'],
      ['persistent-storage', 'https://evil.test/'],
      ['clipboard-sanitized-write', 'app://fieldbook.evil.test/index.html'],
    ] as const) {
      state.permissionRequest!({}, permission, (g: boolean) => answers.push([permission, url, g]), {
        requestingUrl: url,
      });
    }
    expect(answers.map(([, , granted]) => granted)).toEqual([true, true, false, false]);
    expect(state.permissionCheck!({}, 'persistent-storage', 'app://fieldbook')).toBe(true);
    expect(state.permissionCheck!({}, 'persistent-storage', 'https://evil.test')).toBe(false);
  });

  it('registers every IPC channel of the contract, and each one validates its sender and payload', async () => {
    const win = await launch();
    const registered = state.calls.filter((c) => c.startsWith('ipcMain.')).map((c) => c.replace('ipcMain.handle:', ''));
    expect(registered).toEqual([...INVOKE_CHANNELS]);
    const fromApp = {
      sender: { id: win.webContents.id },
      senderFrame: { url: 'app://fieldbook/index.html', parent: null },
    };
    const fromElsewhere = {
      sender: { id: win.webContents.id },
      senderFrame: { url: 'https://evil.test/', parent: null },
    };
    for (const channel of INVOKE_CHANNELS) {
      const handler = state.ipcHandlers.get(channel)!;
      expect(await handler(fromApp, { unexpected: 'key', extra: 1 })).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
      expect(await handler(fromElsewhere, {})).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    const info = await state.ipcHandlers.get('app:info')!(fromApp, {});
    expect(info).toEqual({
      ok: true,
      value: {
        version: '0.1.0',
        os: expect.any(String),
        teamServer: null,
        saveFolder: null,
        notificationsEnabled: false,
        trayEnabled: false,
        tokens: {
          persistence: 'session',
          reason: 'This computer offers no secure storage to Fieldbook, so your sign-in is kept only until you quit.',
        },
      },
    });
  });

  it('denies navigation and new windows, sending only http(s) links to the system browser', async () => {
    await launch();
    const listeners = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, listener: (...a: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    emitApp('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.test/phish')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('app://fieldbook/index.html')).toBe(false);
    expect(openHandler!({ url: 'https://www.example.com/case-study' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    let webviewPrevented = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(state.opened).toEqual(['https://evil.test/phish', 'https://www.example.com/case-study']);
  });

  it('sends menu commands to the renderer as typed commands', async () => {
    const win = await launch();
    const template = state.menuTemplate as Array<{
      label: string;
      submenu: Array<{ label?: string; click?: () => void }>;
    }>;
    const items = template.flatMap((m) => m.submenu);
    items.find((i) => i.label === 'Find Account…')!.click!();
    items.find((i) => i.label === 'Sync Now')!.click!();
    expect(win.webContents.sent).toEqual([
      [MENU_COMMAND_CHANNEL, { command: 'find-account' }],
      [MENU_COMMAND_CHANNEL, { command: 'sync-now' }],
    ]);
  });
});
