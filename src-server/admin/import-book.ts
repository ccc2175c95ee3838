import {
  TABLE_NAMES,
  accountIdOf,
  parseBookFile,
  type BookFile,
  type ParsedBook,
  type TableName,
} from '../../src-core/model';
import type { Db, Queryable } from '../db/adapter';
import { userByEmail, type User } from '../store/users';
import { writeTransaction } from '../store/write-transaction';
import { AdminError } from './admin-error';
import { canonicalJson } from './canonical-json';

export interface ImportSummary {
  accounts: number;
  written: number;
  unchanged: number;
  rev: number | null;
}

interface Incoming {
  table: TableName;
  id: string;
  accountId: string;
  deleted: boolean;
  data: Record<string, unknown>;
}

const CHUNK = 500;

/**
 * Loads a `fieldbook-book/1` file into the owner's book, all or nothing, in one transaction.
 * Every changed row gets the same new revision (pulls page through shared revisions safely);
 * rows identical to the stored ones are left alone, so re-importing a file changes nothing.
 */
export async function importBook(db: Db, ownerEmail: string, input: unknown, now: string): Promise<ImportSummary> {
  const parsed = parseBookFile(input);
  if (!parsed.ok) throw new AdminError(describeBookProblems(parsed));
  const owner = await userByEmail(db, ownerEmail);
  if (!owner) throw new AdminError(`No user has the email ${ownerEmail} (--owner).`);
  return importParsedBook(db, owner, parsed.book, now);
}

export async function importParsedBook(db: Db, owner: User, book: BookFile, now: string): Promise<ImportSummary> {
  const incoming = rowsOf(book, owner);
  const accountIds = book.tables.accounts.map((a) => a.id);
  return writeTransaction(db, async (tx) => {
    await refuseOthersAccounts(tx, owner, accountIds);
    const stored = await storedRows(tx, incoming);
    await refuseRowsElsewhere(tx, owner, stored, new Set(accountIds));
    const changed = incoming.filter((row) => {
      const before = stored.get(keyOf(row.table, row.id));
      return !before || before.deleted !== row.deleted || sameContent(before.data, row.data) === false;
    });
    if (changed.length === 0) return { accounts: accountIds.length, written: 0, unchanged: incoming.length, rev: null };
    const rev = tx.nextRev();
    for (let i = 0; i < changed.length; i += CHUNK) await writeChunk(tx, changed.slice(i, i + CHUNK), rev, now);
    await tx.query(
      `INSERT INTO account_owners (account_id, owner_id) SELECT unnest($1::text[]), $2 ON CONFLICT (account_id) DO NOTHING`,
      [accountIds, owner.id],
    );
    return { accounts: accountIds.length, written: changed.length, unchanged: incoming.length - changed.length, rev };
  });
}

function rowsOf(book: BookFile, owner: User): Incoming[] {
  const rows: Incoming[] = [];
  for (const table of TABLE_NAMES) {
    for (const row of book.tables[table] as { id: string; accountId?: string; deleted: boolean }[]) {
      const data: Record<string, unknown> = { ...row };
      if (table === 'accounts') Object.assign(data, { ownerId: owner.id, ownerName: owner.name });
      rows.push({ table, id: row.id, accountId: accountIdOf(table, row), deleted: row.deleted, data });
    }
  }
  return rows;
}

async function refuseOthersAccounts(tx: Queryable, owner: User, accountIds: string[]): Promise<void> {
  const others = await tx.query<{ account_id: string; email: string }>(
    `SELECT o.account_id, u.email FROM account_owners o JOIN users u ON u.id = o.owner_id
      WHERE o.account_id = ANY($1::text[]) AND o.owner_id <> $2 ORDER BY o.account_id LIMIT 1`,
    [accountIds, owner.id],
  );
  const first = others[0];
  if (first)
    throw new AdminError(
      `Account ${first.account_id} belongs to ${first.email}; reassign it first. Nothing was imported.`,
    );
}

interface StoredVersion {
  accountId: string;
  deleted: boolean;
  data: Record<string, unknown>;
}

async function storedRows(tx: Queryable, incoming: Incoming[]): Promise<Map<string, StoredVersion>> {
  const found = new Map<string, StoredVersion>();
  for (let i = 0; i < incoming.length; i += CHUNK) {
    const keys = incoming.slice(i, i + CHUNK).map((r) => ({ t: r.table, i: r.id }));
    const rows = await tx.query<{
      table_name: string;
      id: string;
      account_id: string;
      deleted: boolean;
      data: Record<string, unknown>;
    }>(
      `SELECT r.table_name, r.id, r.account_id, r.deleted, r.data
         FROM rows r JOIN jsonb_to_recordset($1::jsonb) AS k(t text, i text) ON r.table_name = k.t AND r.id = k.i`,
      [JSON.stringify(keys)],
    );
    for (const r of rows)
      found.set(keyOf(r.table_name, r.id), { accountId: r.account_id, deleted: r.deleted, data: r.data });
  }
  return found;
}

/** A row id already used under someone else's account must not be taken over by an import. */
async function refuseRowsElsewhere(tx: Queryable, owner: User, stored: Map<string, StoredVersion>, ours: Set<string>) {
  const elsewhere = [...new Set([...stored.values()].map((s) => s.accountId).filter((a) => !ours.has(a)))];
  if (elsewhere.length === 0) return;
  const foreign = await tx.query<{ account_id: string }>(
    'SELECT account_id FROM account_owners WHERE account_id = ANY($1::text[]) AND owner_id <> $2 LIMIT 1',
    [elsewhere, owner.id],
  );
  if (foreign[0])
    throw new AdminError(
      `The book reuses row ids of account ${foreign[0].account_id}, which is not ${owner.email}'s. Nothing was imported.`,
    );
}

async function writeChunk(tx: Queryable, rows: Incoming[], rev: number, now: string): Promise<void> {
  const payload = rows.map((r) => ({
    t: r.table,
    i: r.id,
    a: r.accountId,
    d: r.deleted,
    x: { ...r.data, rev, updatedAt: now },
  }));
  await tx.query(
    `INSERT INTO rows (table_name, id, account_id, rev, deleted, data, client_id, updated_at)
     SELECT k.t, k.i, k.a, $2, k.d, k.x, NULL, $3 FROM jsonb_to_recordset($1::jsonb) AS k(t text, i text, a text, d boolean, x jsonb)
     ON CONFLICT (table_name, id) DO UPDATE SET account_id = EXCLUDED.account_id, rev = EXCLUDED.rev,
       deleted = EXCLUDED.deleted, data = EXCLUDED.data, client_id = NULL, updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(payload), rev, now],
  );
}

/** Compares rows but for what the server stamps on every write. */
function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = ({ rev: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

function keyOf(table: string, id: string): string {
  return `${table}\u0001${id}`;
}

export function describeBookProblems(parsed: Extract<ParsedBook, { ok: false }>): string {
  const rowLines = parsed.rowProblems.map(
    (p) => `${p.table} row ${p.index}${p.rowId ? ` (${p.rowId})` : ''}: ${p.problems.join(', ')}`,
  );
  const all = [...parsed.fileProblems, ...rowLines];
  const more = all.length > 1 ? ` (and ${all.length - 1} more problem${all.length > 2 ? 's' : ''})` : '';
  return `The book file cannot be imported, nothing was: ${all[0] ?? 'unknown problem'}${more}`;
}
