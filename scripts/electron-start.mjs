#!/usr/bin/env node
/**
 * `npm start` and `npm run dev`: make sure Electron's binary is on this machine, then hand over
 * to electron-vite (`preview` builds and launches; `dev` serves with hot reload).
 *
 * Electron 45 no longer downloads its binary when it is installed; it does so lazily, through its
 * own installer (the `install-electron` bin). electron-vite does not call that installer and
 * stops with "Electron uninstall" when the binary is missing, so the first start runs it here,
 * with its progress bar, and a download that fails ends in one paragraph that says what to do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const COMMANDS = new Set(['preview', 'dev']);

const command = process.argv[2] ?? 'preview';
if (!COMMANDS.has(command)) fail(`Unknown command "${command}": use preview or dev.`);

const electronDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'));
const executable = process.env.ELECTRON_EXEC_PATH || installedBinary() || downloadBinary();
if (!existsSync(executable)) fail(`ELECTRON_EXEC_PATH names ${executable}, which does not exist.`);

const electronVite = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron-vite/package.json'));
const bin = join(electronVite, 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [bin, command, ...process.argv.slice(3)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));

/** The binary Electron's own lookup would use (index.js: path.txt under dist, or the override). */
function installedBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8');
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

function downloadBinary() {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  console.log(`Downloading Electron ${version} (about 100 MB; only on the first start)…`);
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'install-electron.cjs'), electronDir], {
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const reason = (run.stderr ?? '').trim().split('\n').pop() || `the installer exited with ${run.status}`;
  const binary = run.status === 0 ? installedBinary() : null;
  if (binary) return binary;
  fail(
    [
      `Fieldbook could not start: Electron ${version}, the desktop runtime it downloads once, could not be downloaded.`,
      `  What failed: ${reason}`,
      '  To retry: check the connection and run `npm start` again. Behind a proxy, set HTTPS_PROXY and',
      '  ELECTRON_GET_USE_PROXY=1; where GitHub is blocked, set ELECTRON_MIRROR to a mirror of Electron',
      '  releases; or fetch it on its own with `npx install-electron`.',
      '  Meanwhile `npm run web` runs the same app in your browser at http://127.0.0.1:5173.',
    ].join('\n'),
  );
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
