import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * vitest globalSetup: builds out/server once per run, so the suites that run a command as a
 * process run exactly what `npm run server|admin|report|deck` runs (node out/server/*.js).
 */
export function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build-server.mjs')], { cwd: root, stdio: 'inherit' });
}
