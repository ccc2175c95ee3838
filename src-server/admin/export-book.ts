import { BOOK_FORMAT, TABLE_NAMES, emptyBookTables, type BookFile, type TableName } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { visibleOwners } from '../store/scope';
import { userByEmail } from '../store/users';
import { AdminError } from './admin-error';

/** The user's book (what their first pull would deliver) as one `fieldbook-book/1` file. */
export async function exportBook(db: Db, ownerEmail: string, now: string): Promise<BookFile> {
  const owner = await userByEmail(db, ownerEmail);
  if (!owner) throw new AdminError(`No user has the email ${ownerEmail} (--owner).`);
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const owners = await visibleOwners(tx, owner);
    const rows = await tx.query<{ table_name: TableName; data: unknown }>(
      `SELECT r.table_name, r.data FROM rows r JOIN account_owners o ON o.account_id = r.account_id
        WHERE ($1::text[] IS NULL OR o.owner_id = ANY($1::text[])) AND NOT r.deleted
        ORDER BY r.table_name, r.id`,
      [owners],
    );
    const tables = emptyBookTables();
    for (const row of rows) {
      if (TABLE_NAMES.includes(row.table_name)) (tables[row.table_name] as unknown[]).push(row.data);
    }
    const { id, email, name, role } = owner;
    return { format: BOOK_FORMAT, exportedAt: now, owner: { id, email, name, role }, tables };
  });
}
