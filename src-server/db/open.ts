import { join } from 'node:path';
import type { Db } from './adapter';
import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseOptions {
  /** postgres://… : a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** The server's data folder (PGlite keeps its files in `pglite/` inside); undefined with no databaseUrl: in memory (tests). */
  dataDir?: string | undefined;
  /**
   * PGlite only: a migrated cluster (`dumpDataDir`) to start from instead of running initdb, the
   * slowest part of opening a new database (seconds). Test servers start from one made per run.
   */
  startFrom?: Blob | undefined;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir === undefined ? undefined : join(options.dataDir, 'pglite'), options.startFrom);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
