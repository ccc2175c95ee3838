import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import type { BookFile } from '../src-core/model';
import { createUser } from './admin/create-user';
import { exportBook } from './admin/export-book';
import { importBook, type ImportSummary } from './admin/import-book';
import { reassignAccount, type ReassignSummary } from './admin/reassign';
import type { Db } from './db/adapter';
import { openDatabase } from './db/open';
import { buildApp, serverLogger } from './http/app';
import type { ServerLimits } from './http/limits';

export interface TestServer {
  /** http://127.0.0.1:PORT — no trailing slash. */
  url: string;
  db: Db;
  /** The PostgreSQL URL of this server's own schema (undefined on PGlite): for CLI tests. */
  databaseUrl: string | undefined;
  /** Every JSON log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  createUser(input: { email: string; name?: string; role?: 'csm' | 'lead' | 'admin'; lead?: string }): Promise<string>;
  /** Imports a book file for that user (all or nothing, like `admin import`). */
  seedBook(ownerEmail: string, book: BookFile | unknown): Promise<ImportSummary>;
  reassign(accountId: string, toEmail: string): Promise<ReassignSummary>;
  exportBook(ownerEmail: string): Promise<BookFile>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** A PostgreSQL server; each test server gets its own fresh schema there. Default: in-memory PGlite. */
  databaseUrl?: string | undefined;
  now?: () => Date;
  /** Server limits; by default as in production but for the rate limit (see below). */
  limits?: Partial<ServerLimits>;
  /** Use `databaseUrl` as it is (e.g. another test server's schema) instead of a fresh schema. */
  useExistingSchema?: boolean;
  /** Test hook: wrap the database, e.g. to inject a failure mid-push. */
  wrapDb?: (db: Db) => Db;
}

/** Names the folder of the migrated PGlite cluster a test run made once (test/support/pglite-template.ts). */
export const PGLITE_TEMPLATE_ENV = 'FIELDBOOK_TEST_PGLITE_TEMPLATE';
/** That cluster as a `dumpDataDir` tarball, inside that folder. */
export const PGLITE_TEMPLATE_DUMP = 'cluster.tar.gz';
let template: Blob | undefined;

/**
 * The test database: `databaseUrl` as given, or an in-memory PGlite started from the run's
 * migrated cluster when there is one (seconds faster than initdb), else from an empty one.
 */
export function openTestDatabase(databaseUrl?: string): Promise<Db> {
  const folder = process.env[PGLITE_TEMPLATE_ENV];
  if (!databaseUrl && folder) template ??= new Blob([readFileSync(join(folder, PGLITE_TEMPLATE_DUMP))]);
  return openDatabase({ databaseUrl, startFrom: databaseUrl ? undefined : template });
}

/** A real server on 127.0.0.1 over real HTTP, for integration tests of the server and the sync client. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const scratch = options.databaseUrl && !options.useExistingSchema ? await freshSchema(options.databaseUrl) : null;
  const opened = await openTestDatabase(scratch?.url ?? options.databaseUrl);
  const db = options.wrapDb ? options.wrapDb(opened) : opened;
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = await buildApp({
    db,
    now: options.now,
    // Every simulated laptop of a test shares 127.0.0.1, which in production would be many clients.
    limits: { rateLimit: { max: 100_000, windowMs: 60_000 }, ...options.limits },
    logger: serverLogger('info', stream),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stamp = () => (options.now ?? (() => new Date()))().toISOString();
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    databaseUrl: scratch?.url ?? options.databaseUrl,
    logs,
    async createUser({ email, name, role, lead }) {
      return (await createUser(db, { email, name: name ?? email.split('@')[0] ?? email, role, leadEmail: lead })).token;
    },
    seedBook: (ownerEmail, book) => importBook(db, ownerEmail, book, stamp()),
    reassign: (accountId, toEmail) => reassignAccount(db, accountId, toEmail, stamp()),
    exportBook: (ownerEmail) => exportBook(db, ownerEmail, stamp()),
    async close() {
      await app.close();
      await db.close();
      await scratch?.drop();
    },
  };
}

/** A new schema on the PostgreSQL server, used through search_path, dropped on close. */
export async function freshSchema(databaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `fieldbook_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
