import { type BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, type Tray } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../src-core/ipc';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { buildCsp } from './csp';
import { createIpcDispatcher, registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { guardNavigation } from './navigation-guard';
import { denyPermissionsByDefault } from './permissions';
import { createShellDeps } from './shell-deps';
import { createShellHandlers } from './shell-handlers';
import { ShellSettingsStore } from './shell-settings';
import { claimSingleInstance } from './single-instance';
import { textFile } from './text-file';
import { createTray } from './tray';
import { originOf } from './trusted-url';
import { pinUserDataFolder } from './user-data';

/**
 * The main process's lifecycle, in the order safety requires: pin the data folder, take the
 * single-instance lock (before any storage or window exists), register the app:// scheme, then,
 * once Electron is ready, permissions, protocol, IPC, menu and the window.
 */
export interface MainPaths {
  /** Folder holding the built main bundle (out/main). */
  mainDir: string;
}

export function startFieldbook(paths: MainPaths): void {
  pinUserDataFolder(app);
  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => mainWindow)) return;
  // Belt and braces: every renderer is sandboxed even if a window forgot its webPreferences.
  app.enableSandbox();

  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  const devUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
  const devOrigin = devUrl ? originOf(devUrl) : null;
  const appOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
  const openExternal = (url: string) =>
    void shell.openExternal(url).catch((err: unknown) => console.warn('[fieldbook] open-external failed', err));

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigins, openExternal));

  let quitting = false;
  let tray: Tray | null = null;
  app.on('before-quit', () => {
    quitting = true;
  });

  void app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      const settings = await ShellSettingsStore.load(textFile(join(userData, 'shell-settings.json')));
      const iconPath = join(app.getAppPath(), 'resources', 'icon.png');
      const trayIconPath = join(app.getAppPath(), 'resources', 'tray.png');
      const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, { command });
      const showWindow = () => {
        if (!mainWindow || mainWindow.isDestroyed()) openWindow();
        else mainWindow.show();
        mainWindow?.focus();
      };
      const setTray = (enabled: boolean) => {
        if (enabled && !tray) tray = createTray(trayIconPath, { show: showWindow, send, quit: () => app.quit() });
        if (!enabled && tray) {
          tray.destroy();
          tray = null;
        }
      };

      denyPermissionsByDefault(session.defaultSession, appOrigins);
      const rendererRoot = join(paths.mainDir, '..', 'renderer');
      const currentCsp = () => buildCsp({ teamServerOrigin: settings.get().teamServer });
      protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererRoot, readFile, currentCsp }));

      const deps = createShellDeps({
        settings,
        userData,
        documentsFolder: app.getPath('documents'),
        version: app.getVersion(),
        currentWindow: () => mainWindow,
        setTray,
      });
      const trust = {
        appOrigins,
        isAppWindow: (id: number) => !!mainWindow && !mainWindow.isDestroyed() && mainWindow.webContents.id === id,
      };
      const log = (reason: string, channel: string, detail?: string) =>
        console.warn(`[fieldbook] ipc ${reason} on ${channel}${detail ? `: ${detail}` : ''}`);
      registerIpcHandlers(ipcMain, createIpcDispatcher(createShellHandlers(deps), trust, log));
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform === 'darwin', send)));

      function openWindow(): void {
        const win = createMainWindow({
          preloadPath: join(paths.mainDir, '..', 'preload', 'index.cjs'),
          iconPath,
          savedState: settings.get().window,
          rememberState: (state) =>
            void settings
              .update({ window: state })
              .catch((err: unknown) => console.warn('[fieldbook] window state not saved', err)),
        });
        win.on('close', (event) => {
          // With the tray on, closing hides the window so sync keeps running in the background.
          if (tray && !quitting) {
            event.preventDefault();
            win.hide();
          }
        });
        win.on('closed', () => {
          if (mainWindow === win) mainWindow = null;
        });
        mainWindow = win;
        void win.loadURL(devUrl ?? APP_ENTRY_URL);
      }

      openWindow();
      setTray(settings.get().trayEnabled);
      app.on('activate', showWindow);
    })
    .catch((err: unknown) => {
      // Never a half-started app without a window: say what happened and quit; data is untouched.
      console.error('[fieldbook] startup failed', err);
      dialog.showErrorBox(
        'Fieldbook could not start',
        `${err instanceof Error ? err.message : String(err)}\n\nYour data has not been changed. Try starting Fieldbook again.`,
      );
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !tray) app.quit();
  });
}
