import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAdmin } from '../../src-server/cli/run-admin';
import { PGLITE_TEMPLATE_ENV } from '../../src-server/testing';

const ROOT = resolve(__dirname, '../..');
/** The built commands (test/support/build-server.ts builds them before the run), as the npm scripts run them. */
const built = (script: string) => join(ROOT, `out/server/${script}.js`);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node out/server/<script>.js args…` as the npm scripts do. */
export function runCli(
  script: 'admin' | 'server',
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [built(script), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * `npm run admin -- args…` in this process (`runAdmin`, what out/server/admin.js wraps), with the
 * environment a spawned command would see: no DATABASE_URL unless `env` names one.
 */
export async function runAdminHere(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runAdmin(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { ...process.env, DATABASE_URL: '', ...env },
    now: () => new Date(),
  });
  return { code, stdout, stderr };
}

/** `admin create-user` on a data folder (directly, or through the server holding it); returns the token. */
export async function createUserWithCli(dataDir: string, email: string, name: string): Promise<string> {
  const run = await runAdminHere(['create-user', '--email', email, '--name', name, '--data', dataDir]);
  if (run.code !== 0) throw new Error(`create-user failed: ${run.stderr}`);
  return run.stdout.trim();
}

const made: string[] = [];

/** A data folder path inside a fresh temporary folder (files beside it land there too). */
export function tempDir(label: string): string {
  const parent = mkdtempSync(join(tmpdir(), `fieldbook-${label}-`));
  made.push(parent);
  return join(parent, 'data');
}

/**
 * A data folder holding a copy of the run's migrated, empty PGlite cluster (made once by
 * test/support/pglite-template.ts): what the first command in an empty folder would make, without
 * paying initdb for it again. Suites about that first start use `tempDir` (admin-cli.test.ts).
 */
export function seededDataDir(label: string): string {
  const data = tempDir(label);
  const template = process.env[PGLITE_TEMPLATE_ENV];
  if (template) {
    mkdirSync(data, { mode: 0o700 });
    cpSync(join(template, 'data', 'pglite'), join(data, 'pglite'), { recursive: true });
  }
  return data;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Starts `server` on a free port and resolves once it answers /v1/health. */
export async function startServerProcess(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [built('server'), '--data', dataDir, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export function stopped(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}
