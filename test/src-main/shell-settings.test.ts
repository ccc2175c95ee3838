import { describe, expect, it } from 'vitest';
import { DEFAULT_SHELL_SETTINGS, parseShellSettings, ShellSettingsStore } from '../../src-main/shell-settings';
import { TokenStore } from '../../src-main/token-store';

describe('shell settings', () => {
  it('reads what it wrote, and falls back to defaults for a missing, corrupt or hostile file', () => {
    expect(parseShellSettings(null)).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(parseShellSettings('{oops')).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(
      parseShellSettings(JSON.stringify({ teamServer: 42, trayEnabled: 'yes', saveFolder: '/home/csm/Decks' })),
    ).toEqual({
      ...DEFAULT_SHELL_SETTINGS,
      saveFolder: '/home/csm/Decks',
    });
  });

  it('writes overlapping updates in order, so the newest settings win on disk even when an earlier write is slow', async () => {
    let onDisk: string | null = null;
    let first = true;
    const store = await ShellSettingsStore.load({
      read: async () => null,
      write: async (text) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 30));
        }
        onDisk = text;
      },
    });
    await Promise.all([store.update({ trayEnabled: true }), store.update({ saveFolder: '/home/csm/Decks' })]);
    expect(JSON.parse(onDisk!)).toMatchObject({ trayEnabled: true, saveFolder: '/home/csm/Decks' });
  });

  it('keeps every token when two team servers are signed in at once', async () => {
    let file: string | null = null;
    const io = {
      read: async () => file,
      write: async (t: string) => {
        await new Promise((r) => setTimeout(r, 5));
        file = t;
      },
    };
    const safeStorage = {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    };
    const store = new TokenStore(safeStorage, 'darwin', io);
    await Promise.all([store.set('https://a.example', 'fb_a'), store.set('https://b.example', 'fb_b')]);
    expect([await store.get('https://a.example'), await store.get('https://b.example')]).toEqual(['fb_a', 'fb_b']);
  });
});
