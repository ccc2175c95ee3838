import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src-server/cli/data-lock';
import { createUserWithCli, removeTempDirs, startServerProcess, seededDataDir } from './cli-helpers';
import { Client } from './helpers';

/** Sends `signal` and resolves with how the process ended. */
function ended(child: ChildProcess, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, by) => done({ code, signal: by }));
    child.kill(signal);
  });
}

/**
 * `npm run server` (node out/server/server.js) stopped by its service manager or Ctrl-C closes
 * gracefully: a clean exit and no `fieldbook.lock` left behind, so the next start (or an admin
 * command) opens the folder directly. After kill -9 the lock stays and the next start takes it
 * over as stale: server-crash.test.ts.
 */
describe('a server process asked to stop (SIGTERM, SIGINT)', () => {
  const data = seededDataDir('signals');
  afterAll(removeTempDirs);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: exits 0, removes the lock, and the next start serves the same book',
    async (signal) => {
      const token = await createUserWithCli(data, `${signal.toLowerCase()}@agency.test`, 'Sam');
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const { child } = await startServerProcess(data, port);
      expect(existsSync(join(data, LOCK_FILE))).toBe(true);
      expect(await ended(child, signal)).toEqual({ code: 0, signal: null });
      expect(existsSync(join(data, LOCK_FILE))).toBe(false);
      const again = await startServerProcess(data, port + 1);
      try {
        expect((await new Client(again.url, token).get('/v1/me')).body).toMatchObject({
          email: `${signal.toLowerCase()}@agency.test`,
        });
      } finally {
        expect(await ended(again.child, 'SIGTERM')).toEqual({ code: 0, signal: null });
      }
    },
    120_000,
  );
});
