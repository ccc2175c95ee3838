#!/usr/bin/env node
/**
 * Builds the team server and its commands into out/server/*.js (one bundle per command, ES
 * modules for Node 22), so `npm run server`, `admin`, `report` and `deck` run with plain `node`
 * instead of transpiling TypeScript at start-up. Packages stay in node_modules (not bundled):
 * PGlite loads its WebAssembly from its own folder. Quiet on success — `admin create-user` must
 * print only the token — and a one-line reason on failure.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const SERVER_COMMANDS = ['server', 'admin', 'report', 'deck'];

// Chunk names carry a hash: start clean so old chunks never pile up (or get shipped anywhere).
rmSync(resolve(root, 'out/server'), { recursive: true, force: true });
try {
  await build({
    absWorkingDir: root,
    entryPoints: SERVER_COMMANDS.map((name) => ({ in: `src-server/cli/${name}.ts`, out: name })),
    outdir: 'out/server',
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
} catch {
  // esbuild has already printed the errors on stderr.
  process.stderr.write('build-server: the server did not build (see above).\n');
  process.exit(1);
}
