/**
 * A recording stand-in for the `electron` module, so main's wiring runs in Node without the
 * Electron binary. Every call that matters for ordering is appended to `calls`.
 */
type Listener = (...args: unknown[]) => unknown;

export const state = {
  calls: [] as string[],
  lock: true,
  appData: '/tmp',
  appListeners: new Map<string, Listener[]>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as FakeBrowserWindow[],
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  deviceCheck: null as Listener | null,
  protocolHandlers: new Map<string, Listener>(),
  privilegedSchemes: [] as unknown[],
  menuTemplate: null as unknown,
  opened: [] as string[],
  fireReady: (() => {}) as () => void,
};

let nextContentsId = 1;

export function resetFake(options: { lock: boolean; appData: string }): void {
  state.calls = [];
  state.lock = options.lock;
  state.appData = options.appData;
  state.appListeners = new Map();
  state.ipcHandlers = new Map();
  state.windows = [];
  state.permissionRequest = state.permissionCheck = state.deviceCheck = null;
  state.protocolHandlers = new Map();
  state.privilegedSchemes = [];
  state.menuTemplate = null;
  state.opened = [];
}

export function emitApp(event: string, ...args: unknown[]): void {
  for (const listener of state.appListeners.get(event) ?? []) listener(...args);
}

const paths = new Map<string, string>();

export const app = {
  isPackaged: true,
  requestSingleInstanceLock() {
    state.calls.push('app.requestSingleInstanceLock');
    return state.lock;
  },
  quit() {
    state.calls.push('app.quit');
  },
  enableSandbox() {
    state.calls.push('app.enableSandbox');
  },
  on(event: string, listener: Listener) {
    state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
    return app;
  },
  whenReady() {
    state.calls.push('app.whenReady');
    return new Promise<void>((resolve) => {
      state.fireReady = () => resolve();
    });
  },
  getPath(name: string) {
    state.calls.push(`app.getPath:${name}`);
    if (name === 'appData') return state.appData;
    return paths.get(name) ?? `${state.appData}/${name}`;
  },
  setPath(name: string, value: string) {
    state.calls.push(`app.setPath:${name}`);
    paths.set(name, value);
  },
  getAppPath: () => '/opt/Fieldbook/resources/app.asar',
  getVersion: () => '0.1.0',
};

export class FakeWebContents {
  readonly id = nextContentsId++;
  readonly sent: Array<[string, unknown]> = [];
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  loadedUrl: string | null = null;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    state.calls.push('new BrowserWindow');
    state.windows.push(this);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
  maximize() {}
  restore() {}
  show() {}
  hide() {}
  focus() {
    this.focused += 1;
  }
}

export const BrowserWindow = FakeBrowserWindow;

const fakeSession = {
  setPermissionRequestHandler(handler: Listener) {
    state.calls.push('session.setPermissionRequestHandler');
    state.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler: Listener) {
    state.permissionCheck = handler;
  },
  setDevicePermissionHandler(handler: Listener) {
    state.deviceCheck = handler;
  },
};

export const session = {
  get defaultSession() {
    state.calls.push('session.defaultSession');
    return fakeSession;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    state.calls.push('protocol.registerSchemesAsPrivileged');
    state.privilegedSchemes = schemes;
  },
  handle(scheme: string, handler: Listener) {
    state.calls.push(`protocol.handle:${scheme}`);
    state.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    state.calls.push(`ipcMain.handle:${channel}`);
    state.ipcHandlers.set(channel, listener);
  },
  on(channel: string) {
    state.calls.push(`ipcMain.on:${channel}`);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: { template: unknown }) {
    state.menuTemplate = menu.template;
  },
};

export const shell = {
  openExternal: async (url: string) => void state.opened.push(url),
  showItemInFolder: () => undefined,
  openPath: async () => '',
};

export const screen = {
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1440, height: 875 } }),
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 875 } }],
};

export const safeStorage = {
  isEncryptionAvailable() {
    state.calls.push('safeStorage.isEncryptionAvailable');
    return false;
  },
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (s: string) => Buffer.from(s),
  decryptString: (b: Buffer) => b.toString(),
};

export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showErrorBox(title: string) {
    state.calls.push(`dialog.showErrorBox:${title}`);
  },
};
export const Notification = { isSupported: () => false };
export const webContents = { fromId: () => null };
export const nativeImage = { createFromPath: () => ({}) };
export class Tray {
  constructor() {
    state.calls.push('new Tray');
  }
  setToolTip() {}
  setContextMenu() {}
  on() {}
  destroy() {}
}
