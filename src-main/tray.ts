import { Menu, Tray, nativeImage } from 'electron';
import type { MenuCommand } from '../src-core/ipc';

/**
 * Fieldbook stays in the tray (menu bar on macOS) only when the CSM turns it on in Settings;
 * then closing the window hides it and sync keeps running.
 */
export interface TrayActions {
  show(): void;
  send(command: MenuCommand): void;
  quit(): void;
}

export function createTray(iconPath: string, actions: TrayActions): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  tray.setToolTip('Fieldbook');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Fieldbook', click: () => actions.show() },
      { label: 'Sync Now', click: () => actions.send('sync-now') },
      { type: 'separator' },
      { label: 'Quit Fieldbook', click: () => actions.quit() },
    ]),
  );
  tray.on('click', () => actions.show());
  return tray;
}
