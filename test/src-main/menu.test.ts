import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../src-core/ipc';
import { buildMenuTemplate } from '../../src-main/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
}

describe('native menus', () => {
  it.each([true, false])('offer every command once with its shortcut (macOS: %s)', (isMac) => {
    const sent: MenuCommand[] = [];
    const all = items(buildMenuTemplate(isMac, (c) => sent.push(c)));
    const commands = all.filter((i) => typeof i.click === 'function');
    expect(commands.map((i) => [i.label, i.accelerator])).toEqual([
      ['New Note', 'CmdOrCtrl+N'],
      ['Log Activity…', 'CmdOrCtrl+L'],
      ['Generate QBR…', 'CmdOrCtrl+G'],
      ['Export Book…', 'CmdOrCtrl+E'],
      ['Sync Now', 'CmdOrCtrl+R'],
      ['Find Account…', 'CmdOrCtrl+K'],
    ]);
    for (const item of commands) (item.click as () => void)();
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('never offers developer tools or reload in the app menu', () => {
    const roles = items(buildMenuTemplate(false, () => undefined)).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('puts the app menu first on macOS only', () => {
    expect(buildMenuTemplate(true, () => undefined)[0]!.label).toBe('Fieldbook');
    expect(buildMenuTemplate(false, () => undefined)[0]!.label).toBe('File');
  });
});
