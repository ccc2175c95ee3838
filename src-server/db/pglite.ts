import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './adapter';

/**
 * Embedded PostgreSQL in a data folder (or in memory when `dataDir` is undefined). PGlite has one
 * connection: its transactions run one at a time, which also serialises revision assignment.
 * `startFrom` (a `dumpDataDir` tarball) replaces initdb's empty cluster with a copy of that one.
 */
export async function openPglite(dataDir: string | undefined, startFrom?: Blob): Promise<Db> {
  const pg = new PGlite({ dataDir, loadDataDir: startFrom });
  await pg.waitReady;
  const asQueryable = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<R>(sql: string, params: unknown[] = []) {
      const result = await q.query<R>(sql, params);
      return result.rows;
    },
  });
  return {
    kind: 'pglite',
    query: asQueryable(pg).query,
    transaction: (work) => pg.transaction((tx) => work(asQueryable(tx))),
    close: () => pg.close(),
  };
}
