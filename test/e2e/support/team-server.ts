import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookFile } from '../../../src-core/model';
import { createUser } from '../../../src-server/admin/create-user';
import { exportBook } from '../../../src-server/admin/export-book';
import { reassignAccount } from '../../../src-server/admin/reassign';
import { seedDemo } from '../../../src-server/admin/seed-demo';
import type { Db } from '../../../src-server/db/adapter';
import { openDatabase } from '../../../src-server/db/open';
import { buildApp } from '../../../src-server/http/app';
import { hashToken, newToken } from '../../../src-server/store/users';

/**
 * A real team server for end-to-end tests and the sync benchmark: the server's own app and
 * admin functions over PGlite in a fresh temporary data folder, listening on 127.0.0.1 (a free
 * port unless one is given). The app under test reaches it over real HTTP, across origins
 * (CORS), exactly as the browser build reaches a deployed server.
 */
export interface E2eTeamServer {
  url: string;
  dataDir: string;
  db: Db;
  createUser(email: string, name: string): Promise<string>;
  /** `npm run admin -- seed-demo`: a deterministic demo book for that user. */
  seedDemo(ownerEmail: string, options?: { accounts?: number; seed?: string; asOf?: string }): Promise<void>;
  /** `npm run admin -- export-book`: every live row the user owns. */
  exportBook(ownerEmail: string): Promise<BookFile>;
  /** `npm run admin -- reassign`: moves an account to another CSM. */
  reassign(accountId: string, toEmail: string): Promise<void>;
  /** Replaces the user's token, as an admin revoking a lost laptop's sign-in would; returns the new one. */
  rotateToken(email: string): Promise<string>;
  close(): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

export async function startE2eTeamServer(options: { port?: number } = {}): Promise<E2eTeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldbook-e2e-server-'));
  const db = await openDatabase({ dataDir });
  const app = await buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stamp = () => new Date().toISOString();
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    db,
    createUser: async (email, name) => (await createUser(db, { email, name })).token,
    async seedDemo(ownerEmail, seedOptions = {}) {
      const input = {
        ownerEmail,
        accounts: seedOptions.accounts ?? 40,
        seed: seedOptions.seed ?? 'e2e',
        asOf: seedOptions.asOf ?? today(),
      };
      await seedDemo(db, input, stamp());
    },
    exportBook: (ownerEmail) => exportBook(db, ownerEmail, stamp()),
    async reassign(accountId, toEmail) {
      await reassignAccount(db, accountId, toEmail, stamp());
    },
    async rotateToken(email) {
      const token = newToken();
      await db.query('UPDATE users SET token_hash = $1 WHERE email = $2', [hashToken(token), email]);
      return token;
    },
    async close() {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
