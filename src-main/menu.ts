import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-core/ipc';

/**
 * Native menus with the shortcuts a CSM uses all day. Each item only sends a typed command to
 * the renderer, which owns what the command does (the same as its on-screen buttons).
 */
export const MENU_SHORTCUTS: Record<MenuCommand, { label: string; accelerator: string }> = {
  'new-note': { label: 'New Note', accelerator: 'CmdOrCtrl+N' },
  'log-activity': { label: 'Log Activity…', accelerator: 'CmdOrCtrl+L' },
  'sync-now': { label: 'Sync Now', accelerator: 'CmdOrCtrl+R' },
  'generate-qbr': { label: 'Generate QBR…', accelerator: 'CmdOrCtrl+G' },
  'export-book': { label: 'Export Book…', accelerator: 'CmdOrCtrl+E' },
  'find-account': { label: 'Find Account…', accelerator: 'CmdOrCtrl+K' },
};

function command(name: MenuCommand, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  const { label, accelerator } = MENU_SHORTCUTS[name];
  return { label, accelerator, click: () => send(name) };
}

export function buildMenuTemplate(isMac: boolean, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Fieldbook',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        command('new-note', send),
        command('log-activity', send),
        { type: 'separator' },
        command('generate-qbr', send),
        command('export-book', send),
        { type: 'separator' },
        command('sync-now', send),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'Go', submenu: [command('find-account', send)] },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
}
