import { describe, expect, it } from 'vitest';
import type { FileActionDeps } from '../../src-main/file-actions';
import type { IpcEventLike } from '../../src-main/ipc-sender';
import { PickedFiles } from '../../src-main/picked-files';
import { SavedFiles } from '../../src-main/saved-files';
import { createShellHandlers, type ShellDeps } from '../../src-main/shell-handlers';
import { ShellSettingsStore } from '../../src-main/shell-settings';
import { TokenStore } from '../../src-main/token-store';

const event: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://fieldbook/index.html', parent: null } };

async function setup(notifySupported = true) {
  const writes: string[] = [];
  const settings = await ShellSettingsStore.load({ read: async () => null, write: async (t) => void writes.push(t) });
  const opened: string[] = [];
  const notified: string[] = [];
  const trays: boolean[] = [];
  const unused = () => {
    throw new Error('not used in this test');
  };
  const deps: ShellDeps = {
    dialogs: { askSavePath: unused, askOpenPath: unused, askOpenPaths: unused, askFolder: unused },
    fs: { exists: unused, sizeOf: unused, readText: unused, readChunk: unused, write: unused },
    settings,
    savedFiles: new SavedFiles(settings, () => '00000001-aaaa'),
    pickedFiles: new PickedFiles(() => '00000002-bbbb'),
    documentsFolder: '/home/csm/Documents',
    reveal: unused,
    openWithDefaultApp: unused,
    tokens: new TokenStore(
      {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'basic_text',
        encryptString: unused,
        decryptString: unused,
      },
      'linux',
      { read: async () => null, write: unused },
    ),
    version: '0.1.0',
    os: 'linux',
    openExternal: async (url) => void opened.push(url),
    printToPdf: unused,
    notify: (title, body) => {
      notified.push(`${title}: ${body}`);
      return notifySupported;
    },
    setTray: (enabled) => void trays.push(enabled),
  } satisfies ShellDeps & FileActionDeps;
  return { handlers: createShellHandlers(deps), settings, opened, notified, trays, writes };
}

describe('shell handlers', () => {
  it('remembers the team server as an origin, and asks for a reload only when it changed', async () => {
    const { handlers, settings } = await setup();
    expect(await handlers['server:configure']({ serverUrl: 'https://sync.agency.example/v1' }, event)).toEqual({
      teamServer: 'https://sync.agency.example',
      reloadRequired: true,
    });
    expect(settings.get().teamServer).toBe('https://sync.agency.example');
    expect(await handlers['server:configure']({ serverUrl: 'https://sync.agency.example' }, event)).toEqual({
      teamServer: 'https://sync.agency.example',
      reloadRequired: false,
    });
    expect(await handlers['server:configure']({ serverUrl: null }, event)).toEqual({
      teamServer: null,
      reloadRequired: true,
    });
  });

  it('refuses a team server that is not a web address', async () => {
    const { handlers, settings } = await setup();
    await expect(handlers['server:configure']({ serverUrl: 'file:///etc/passwd' }, event)).rejects.toThrow(
      'The team server address must start with https:// or http://.',
    );
    expect(settings.get().teamServer).toBeNull();
  });

  it('opens only http(s) links in the system browser', async () => {
    const { handlers, opened } = await setup();
    expect(await handlers['shell:open-external']({ url: 'https://www.example.com/case' }, event)).toEqual({
      opened: true,
    });
    expect(await handlers['shell:open-external']({ url: '\\\\server\\share\\x.exe' }, event)).toEqual({
      opened: false,
    });
    expect(await handlers['shell:open-external']({ url: 'javascript:alert(1)' }, event)).toEqual({ opened: false });
    expect(opened).toEqual(['https://www.example.com/case']);
  });

  it('shows notifications only after the CSM opted in', async () => {
    const { handlers, notified } = await setup();
    expect(await handlers['notify:show']({ title: 'Renewal', body: 'Acme in 30 days' }, event)).toEqual({
      shown: false,
    });
    await handlers['notify:set-enabled']({ enabled: true }, event);
    expect(await handlers['notify:show']({ title: 'Renewal', body: 'Acme in 30 days' }, event)).toEqual({
      shown: true,
    });
    expect(notified).toEqual(['Renewal: Acme in 30 days']);
  });

  it('turns the tray on and off only when asked, and remembers the choice', async () => {
    const { handlers, trays, settings } = await setup();
    await handlers['tray:set-enabled']({ enabled: true }, event);
    await handlers['tray:set-enabled']({ enabled: false }, event);
    expect(trays).toEqual([true, false]);
    expect(settings.get().trayEnabled).toBe(false);
  });

  it('keeps the token for the session when the OS has no secure storage, and says so', async () => {
    const { handlers } = await setup();
    expect(await handlers['token:set']({ serverUrl: 'https://sync.agency.example', token: 'fb_1' }, event)).toEqual({
      persistence: 'session',
      reason:
        'Your Linux desktop has no keyring (such as GNOME Keyring or KWallet), so Fieldbook keeps your sign-in only until you quit.',
    });
    expect(await handlers['token:get']({ serverUrl: 'https://sync.agency.example' }, event)).toEqual({ token: 'fb_1' });
  });
});
