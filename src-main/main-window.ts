import { BrowserWindow, screen } from 'electron';
import { restoreWindowState, MIN_SIZE, type WindowState } from './window-state';

/**
 * The one app window. Its webPreferences are the security baseline of RELIABILITY 31 and are
 * exported so the wiring test can check every window gets exactly these.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
  savedState: WindowState | null;
  /** Called with the window's place when it closes, to reopen it there. */
  rememberState(state: WindowState): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const state = restoreWindowState(options.savedState, areas, primary);
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Fieldbook',
    icon: options.iconPath,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    if (win.isDestroyed()) return;
    options.rememberState({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  return win;
}
