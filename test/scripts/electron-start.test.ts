import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` on a fresh machine (issue: the README's first command failed with "Electron
 * uninstall"). Each test runs the real `npm start` in a copy of the project whose
 * node_modules/electron has no binary, so the machine's own install is never touched.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** The tracked files, node_modules linked entry by entry, and a binary-less copy of `electron`. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-start-'));
  copies.push(dir);
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of tracked.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== 'electron') symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  cpSync(join(ROOT, 'node_modules/electron'), join(modules, 'electron'), {
    recursive: true,
    filter: (src) => !/[/\\]electron[/\\](dist|path\.txt)/.test(src.slice(ROOT.length)),
  });
  return dir;
}

function npmStart(cwd: string, env: Record<string, string>) {
  const clean = { ...process.env };
  for (const key of ['ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_MIRROR', 'CI']) delete clean[key];
  return spawnSync('npm', ['start'], { cwd, env: { ...clean, ...env }, encoding: 'utf8', timeout: 240_000 });
}

describe('npm start on a fresh machine', () => {
  it('runs Electron’s installer when the binary is missing and, when the download fails, says what to do', () => {
    const dir = copyProject();
    const cache = mkdtempSync(join(tmpdir(), 'fieldbook-electron-cache-'));
    copies.push(cache);
    const run = npmStart(dir, { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache });
    const output = `${run.stdout}\n${run.stderr}`;

    expect(run.status).not.toBe(0);
    expect(output).toContain('Downloading Electron');
    // The installer itself asked the mirror for the archive: its URL is in the reason.
    expect(output).toMatch(
      /What failed: could not reach http:\/\/127\.0\.0\.1:9\/v[\d.]+\/electron-v[\d.]+-\w+-\w+\.zip/,
    );
    expect(output).toContain('ELECTRON_MIRROR');
    expect(output).toContain('npx install-electron');
    expect(output).toContain('npm run web');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Electron uninstall');
  });

  it('launches the Electron binary with the freshly built app once it is there', () => {
    const dir = copyProject();
    const dist = join(dir, 'stub-dist');
    const record = join(dir, 'launched.txt');
    mkdirSync(dist);
    writeFileSync(join(dir, 'node_modules/electron/path.txt'), 'electron');
    writeFileSync(join(dist, 'electron'), `#!/bin/sh\nprintf '%s\\n%s\\n' "$PWD" "$*" > "${record}"\n`);
    chmodSync(join(dist, 'electron'), 0o755);
    const startedAt = Date.now();

    const run = npmStart(dir, { ELECTRON_OVERRIDE_DIST_PATH: dist });

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('Downloading Electron');
    const [cwd, args] = readFileSync(record, 'utf8').trim().split('\n');
    expect(cwd).toBe(dir);
    expect(args?.split(' ')[0]).toBe('.');
    const main = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).main as string;
    expect(main).toBe('out/main/index.js');
    expect(statSync(join(dir, main)).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1_000);
  }, 300_000);
});
