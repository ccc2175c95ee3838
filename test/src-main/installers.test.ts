import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const yaml = require('js-yaml') as { load(text: string): Record<string, any> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const fuses = require(join(ROOT, 'resources/build/fuses.cjs')) as {
  FIELDBOOK_FUSES: Record<number, boolean>;
  fuseConfig(context: { electronPlatformName: string; arch: number }): Record<string, unknown>;
  electronBinaryPath(context: unknown): string;
};
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('installer configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, dmg and nsis, packed in asar, with the fuses hook', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('resources/build/fuses.cjs');
    expect(existsSync(join(ROOT, config.afterPack))).toBe(true);
    expect(config.files).toContain('out/**');
  });

  it('has icons from resources/ at the sizes each OS needs', () => {
    expect(pngSize(join(ROOT, config.linux.icon))).toEqual([1024, 1024]);
    expect(pngSize(join(ROOT, config.mac.icon))).toEqual([1024, 1024]);
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(pngSize(join(ROOT, 'resources/tray.png'))).toEqual([32, 32]);
  });
});

describe('Electron fuses', () => {
  it('turns off every way to run Fieldbook as plain Node or attach a debugger, and locks the app to its asar', () => {
    expect(fuses.FIELDBOOK_FUSES).toEqual({
      [FuseV1Options.RunAsNode!]: false,
      [FuseV1Options.EnableCookieEncryption!]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: false,
      [FuseV1Options.EnableNodeCliInspectArguments!]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: true,
      [FuseV1Options.OnlyLoadAppFromAsar!]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot!]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges!]: false,
    });
  });

  it('sets every fuse this @electron/fuses knows, strictly', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(fuses.FIELDBOOK_FUSES).map(Number).sort()).toEqual([...known].sort());
    expect(fuses.fuseConfig({ electronPlatformName: 'linux', arch: 1 })).toMatchObject({
      strictlyRequireAllFuses: true,
      resetAdHocDarwinSignature: false,
    });
    expect(fuses.fuseConfig({ electronPlatformName: 'darwin', arch: 3 })).toMatchObject({
      resetAdHocDarwinSignature: true,
    });
  });

  it('finds the Electron binary electron-builder packed on each OS', () => {
    const packager = { appInfo: { productFilename: 'Fieldbook' }, executableName: 'fieldbook' };
    expect(fuses.electronBinaryPath({ appOutDir: '/r/linux-unpacked', electronPlatformName: 'linux', packager })).toBe(
      '/r/linux-unpacked/fieldbook',
    );
    expect(fuses.electronBinaryPath({ appOutDir: '/r/mac', electronPlatformName: 'darwin', packager })).toBe(
      '/r/mac/Fieldbook.app',
    );
    expect(fuses.electronBinaryPath({ appOutDir: '/r/win-unpacked', electronPlatformName: 'win32', packager })).toBe(
      '/r/win-unpacked/Fieldbook.exe',
    );
  });
});
