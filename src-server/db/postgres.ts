import pg from 'pg';
import type { Db, Queryable } from './adapter';

// int8 (revisions) as JS numbers, like PGlite: revisions stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

/** A PostgreSQL server through a `pg` pool: several stateless server processes can share it. */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Surface a broken connection as a failed request, not a crashed process.
  pool.on('error', () => undefined);
  const asQueryable = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as R[];
    },
  });
  return {
    kind: 'postgres',
    query: asQueryable(pool).query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
