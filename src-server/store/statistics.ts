import type { Queryable } from '../db/adapter';

/**
 * Refreshes the query planner's statistics of the tables a pull reads. PGlite, the default
 * database, runs no autovacuum, so its planner never learned how big a book had grown: after an
 * import, each pull page sorted the user's whole book on disk (an external merge, about 100 ms a
 * page at 29,000 rows) instead of reading the next rows in order from the (rev, table_name, id)
 * index (8 ms). PostgreSQL's autovacuum would get there too, minutes later; a first sync right
 * after an import is exactly when it matters. ANALYZE samples a bounded number of rows per table.
 */
export async function refreshStatistics(db: Queryable): Promise<void> {
  await db.query('ANALYZE rows, account_owners, scope_changes, row_moves');
}
