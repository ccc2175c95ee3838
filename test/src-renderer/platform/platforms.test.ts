import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../../src-core/ipc';
import type { FieldbookBridge } from '../../../src-preload/api';
import { BROWSER_TOKEN_STATUS, createBrowserPlatform } from '../../../src-renderer/platform/browser-platform';
import { downloadFileName } from '../../../src-renderer/platform/download-name';
import { createElectronPlatform } from '../../../src-renderer/platform/electron-platform';
import { getPlatform, setPlatformForTests } from '../../../src-renderer/platform/get-platform';
import { requestPersistentStorage } from '../../../src-renderer/platform/persistent-storage';
import { PlatformError } from '../../../src-renderer/platform/platform-error';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

function fakeBridge(overrides: Partial<FieldbookBridge> = {}): FieldbookBridge {
  const refuse = () => Promise.reject(new Error('not used in this test'));
  return new Proxy(overrides as FieldbookBridge, {
    get: (target, key) => (target as unknown as Record<string | symbol, unknown>)[key] ?? refuse,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setPlatformForTests(null);
});

describe('download names in the browser', () => {
  it('ends in the saved kind’s extension and drops path characters', () => {
    expect(downloadFileName('Acme Dental QBR 2026-Q3', PPTX)).toBe('Acme Dental QBR 2026-Q3.pptx');
    expect(downloadFileName('Acme.pptx', PPTX)).toBe('Acme.pptx');
    expect(downloadFileName('../../etc/passwd', 'application/pdf')).toBe('etc_passwd.pdf');
    expect(downloadFileName('   ', 'application/json')).toBe('Fieldbook file.json');
    // The same rule as the desktop app's saves (src-core/text/safe-file-name.ts): 200 bytes in all.
    expect(downloadFileName('x'.repeat(400), 'text/csv')).toBe(`${'x'.repeat(196)}.csv`);
    expect(downloadFileName('CON', 'text/csv')).toBe('_CON.csv');
    expect(downloadFileName('Workplan 2026-09-07.txt', 'text/plain')).toBe('Workplan 2026-09-07.txt');
  });
});

describe('the browser platform', () => {
  it('keeps tokens in memory only, never in web storage', async () => {
    const touched: string[] = [];
    const win = new Proxy({ document: {} } as unknown as Window, {
      get: (target, key) => {
        touched.push(String(key));
        return (target as unknown as Record<string | symbol, unknown>)[key];
      },
    });
    const platform = createBrowserPlatform(win);
    expect(await platform.tokens.set('https://sync.example.com', 'fb_1')).toBe('session');
    expect(await platform.tokens.get('https://sync.example.com')).toBe('fb_1');
    await platform.tokens.clear('https://sync.example.com');
    expect(await platform.tokens.get('https://sync.example.com')).toBeNull();
    expect(await platform.tokens.status!()).toEqual(BROWSER_TOKEN_STATUS);
    expect(touched.filter((k) => /storage|cookie/i.test(k))).toEqual([]);
  });

  it('opens only http(s) links, without giving the new tab a handle on the app', async () => {
    const opened: unknown[][] = [];
    const platform = createBrowserPlatform({
      document: {},
      open: (...args: unknown[]) => opened.push(args),
    } as unknown as Window);
    await platform.openExternal('https://www.example.com/case-study');
    await platform.openExternal('javascript:alert(1)');
    await platform.openExternal('file:///etc/passwd');
    expect(opened).toEqual([['https://www.example.com/case-study', '_blank', 'noopener,noreferrer']]);
  });
});

describe('the Electron platform', () => {
  it('turns a locked file into a save result the screen can show', async () => {
    const platform = createElectronPlatform(
      fakeBridge({
        saveFile: () =>
          Promise.resolve({
            ok: false,
            error: { code: 'file-locked', message: 'The file is open in another program — close it and try again.' },
          }),
      }),
    );
    expect(await platform.saveFile({ suggestedName: 'Acme QBR', mimeType: PPTX, bytes: new Uint8Array([1]) })).toEqual({
      saved: false,
      reason: 'failed',
      message: 'The file is open in another program — close it and try again.',
    });
  });

  it('turns a refused save (a file kind main never writes) into a result, not an exception', async () => {
    const platform = createElectronPlatform(
      fakeBridge({
        saveFile: () =>
          Promise.resolve({
            ok: false,
            error: {
              code: 'invalid-payload',
              message: 'Fieldbook refused a malformed request (mimeType: Invalid option).',
            },
          }),
      }),
    );
    expect(
      await platform.saveFile({ suggestedName: 'x', mimeType: 'application/x-msdownload', bytes: new Uint8Array([1]) }),
    ).toEqual({
      saved: false,
      reason: 'failed',
      message: 'Fieldbook refused a malformed request (mimeType: Invalid option).',
    });
  });

  it('asks main for a dialog by default and returns the saved file’s id', async () => {
    const requests: unknown[] = [];
    const platform = createElectronPlatform(
      fakeBridge({
        saveFile: (request) => {
          requests.push(request);
          return ok({ saved: true as const, location: '/home/csm/Acme QBR.pptx', fileId: '00000001-aaaa' });
        },
      }),
    );
    const bytes = new Uint8Array([1]);
    expect(await platform.saveFile({ suggestedName: 'Acme QBR', mimeType: PPTX, bytes })).toEqual({
      saved: true,
      location: '/home/csm/Acme QBR.pptx',
      fileId: '00000001-aaaa',
    });
    expect(requests).toEqual([{ suggestedName: 'Acme QBR', mimeType: PPTX, bytes, destination: 'ask' }]);
  });

  it('raises refusals as PlatformError with main’s message', async () => {
    const platform = createElectronPlatform(
      fakeBridge({
        setToken: () =>
          Promise.resolve({
            ok: false,
            error: {
              code: 'invalid-payload',
              message: 'Fieldbook refused a malformed request (token: is not a token).',
            },
          }),
      }),
    );
    const err = await platform.tokens.set('https://sync.example.com', 'bad token').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({
      code: 'invalid-payload',
      message: 'Fieldbook refused a malformed request (token: is not a token).',
    });
  });

  it('reports where tokens are kept', async () => {
    const platform = createElectronPlatform(
      fakeBridge({
        setToken: () => ok({ persistence: 'session' as const, reason: 'no keyring' }),
        tokenStatus: () => ok({ persistence: 'session' as const, reason: 'no keyring' }),
      }),
    );
    expect(await platform.tokens.set('https://sync.example.com', 'fb_1')).toBe('session');
    expect(await platform.tokens.status!()).toEqual({ persistence: 'session', reason: 'no keyring' });
  });
});

describe('choosing the platform', () => {
  it('uses Electron when the preload exposed window.fieldbook, the browser otherwise', () => {
    vi.stubGlobal('window', { fieldbook: fakeBridge() });
    expect(getPlatform().kind).toBe('electron');
    setPlatformForTests(null);
    vi.stubGlobal('window', { document: {} });
    expect(getPlatform().kind).toBe('browser');
  });
});

describe('persistent storage', () => {
  it('asks once and reports the answer', async () => {
    const asked: string[] = [];
    expect(
      await requestPersistentStorage({
        persisted: async () => false,
        persist: async () => {
          asked.push('persist');
          return true;
        },
      }),
    ).toBe('persisted');
    expect(
      await requestPersistentStorage({
        persisted: async () => true,
        persist: async () => {
          asked.push('again');
          return true;
        },
      }),
    ).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(
      'not-persisted',
    );
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(asked).toEqual(['persist']);
  });
});

describe('import files through each platform', () => {
  it('Electron: streams a picked file through main a chunk at a time, by its id', async () => {
    const file = new TextEncoder().encode('Id,Name\n001,Acme\n002,Beta\n');
    const asked: [string, number][] = [];
    const platform = createElectronPlatform(
      fakeBridge({
        pickImportFiles: () => ok([{ fileId: '00000001-aaaa', name: 'Account.csv', size: file.length }]),
        readImportChunk: (fileId, offset) => {
          asked.push([fileId, offset]);
          const bytes = file.subarray(offset, offset + 10);
          return ok({ bytes, done: offset + bytes.length >= file.length });
        },
      }),
    );
    const [picked] = (await platform.pickImportFiles())!;
    expect(picked).toMatchObject({ name: 'Account.csv', size: file.length });
    const parts: Uint8Array[] = [];
    for await (const chunk of picked!.chunks()) parts.push(chunk);
    expect(new TextDecoder().decode(Buffer.concat(parts))).toBe('Id,Name\n001,Acme\n002,Beta\n');
    expect(asked).toEqual([
      ['00000001-aaaa', 0],
      ['00000001-aaaa', 10],
      ['00000001-aaaa', 20],
    ]);
  });

  it('Electron: a cancelled dialog is no files', async () => {
    const platform = createElectronPlatform(fakeBridge({ pickImportFiles: () => ok(null) }));
    expect(await platform.pickImportFiles()).toBeNull();
  });

  it('the browser: a File is read as a stream', async () => {
    const { fileToImportFile } = await import('../../../src-renderer/platform/import-file-input');
    const file = new File(['Account Name,Industry\nAcme,Legal\n'], 'report.csv', { type: 'text/csv' });
    const parts: Uint8Array[] = [];
    for await (const chunk of fileToImportFile(file).chunks()) parts.push(chunk);
    expect(new TextDecoder().decode(Buffer.concat(parts))).toBe('Account Name,Industry\nAcme,Legal\n');
  });
});
