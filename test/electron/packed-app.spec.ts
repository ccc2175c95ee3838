import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** Packages only the team server uses: none may ship inside the desktop installer. */
const SERVER_ONLY = /^(pg|pg-.+|pgpass|@electric-sql\/.+|fastify|fastify-.+|@fastify\/.+|pino|pino-.+|avvio)$/;

interface PackContext {
  appOutDir: string;
}

/**
 * Packs the app the way `npx electron-builder --linux` does (same electron-builder.yml), up to
 * the asar, and lists it. No Electron binary can be downloaded here, so a stand-in folder plays
 * Electron's distribution; the build stops right after packing, before the fuses (which need the
 * real binary) are flipped.
 */
async function packedFiles(): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'fieldbook-pack-'));
  try {
    const electronDist = join(work, 'electron-dist');
    await mkdir(join(electronDist, 'locales'), { recursive: true });
    await writeFile(join(electronDist, 'electron'), '');
    await writeFile(join(electronDist, 'locales', 'en-US.pak'), '');
    const { build, Platform } = require('electron-builder') as typeof import('electron-builder');
    const asar = require('@electron/asar') as { listPackage(path: string): string[] };
    const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
    let listed: string[] | null = null;
    const stop = new Error('packed and listed');
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config,
        electronDist,
        electronVersion: (require('electron/package.json') as { version: string }).version,
        directories: { ...(config.directories as object), output: join(work, 'release') },
        afterPack: async (context: PackContext) => {
          listed = asar.listPackage(join(context.appOutDir, 'resources', 'app.asar'));
          throw stop;
        },
      },
    }).catch((error: unknown) => {
      if (error !== stop && !(error instanceof Error && error.message.includes(stop.message))) throw error;
    });
    if (!listed) throw new Error('electron-builder did not pack the app');
    return (listed as string[]).map((file) => file.replace(/\\/g, '/').replace(/^\//, ''));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** `node_modules/@scope/name/…` → `@scope/name`; `node_modules/name/…` → `name`. */
function packagesIn(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    const at = parts.lastIndexOf('node_modules');
    if (at < 0 || !parts[at + 1]) continue;
    names.add(parts[at + 1]!.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2] ?? ''}` : parts[at + 1]!);
  }
  return [...names].sort();
}

test.describe('the packed desktop app', () => {
  test.setTimeout(300_000);

  test('carries the app and none of the server: no pg, PGlite or Fastify, no out/server', async () => {
    // The server build is present, as on any machine that ran `npm run server`: it must still stay out.
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-server.mjs')], { cwd: ROOT });
    if (!existsSync(join(ROOT, 'out/main/index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT });
    expect(existsSync(join(ROOT, 'out/server/server.js'))).toBe(true);

    const files = await packedFiles();

    expect(files).toContain('out/main/index.js');
    expect(files).toContain('out/preload/index.cjs');
    expect(files).toContain('out/renderer/index.html');
    expect(files.filter((f) => f.startsWith('out/server'))).toEqual([]);
    expect(packagesIn(files).filter((name) => SERVER_ONLY.test(name))).toEqual([]);
  });

  test('main needs nothing from node_modules at run time: it imports only Electron and Node', () => {
    // The packed app has no node_modules (electron-builder.yml), so out/main must bundle its packages.
    const main = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
    const imported = [...main.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"'.][^"']*)["']/g)].map(
      (m) => m[1]!,
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
  });
});
