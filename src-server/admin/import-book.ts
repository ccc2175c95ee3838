import {
  TABLE_NAMES,
  accountIdOf,
  parseBookFile,
  type BookFile,
  type ParsedBook,
  type TableName,
} from '../../src-core/model';
import type { Db, Queryable } from '../db/adapter';
import { recordRowMoves } from '../store/row-moves';
import { userByEmail, type User } from '../store/users';
import { refreshStatistics } from '../store/statistics';
import { writeTransaction } from '../store/write-transaction';
import { AdminError } from './admin-error';
import { planImport, storedRows, type ImportPlan } from './import-plan';
import type { ImportRow, SkipReason } from './import-rules';

export interface ImportSummary {
  accounts: number;
  written: number;
  unchanged: number;
  rev: number | null;
  /** Rows the file holds that were left as the server has them, and why. */
  skipped: { table: TableName; id: string; reason: SkipReason }[];
  /** Notes whose text lost to a newer server version, kept as new notes (`copyId`, conflictOf `id`). */
  conflictCopies: { id: string; copyId: string }[];
}

const CHUNK = 500;

/** `admin import --format fieldbook`: a book file into the owner's book (see importParsedBook). */
export async function importBook(
  db: Db,
  ownerEmail: string,
  input: unknown,
  now: string,
  options: { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const parsed = parseBookFile(input);
  if (!parsed.ok) throw new AdminError(describeBookProblems(parsed));
  return importParsedBook(db, await importOwner(db, ownerEmail), parsed.book, now, options);
}

/** The user an import writes for: they must exist and be active. */
export async function importOwner(db: Queryable, ownerEmail: string): Promise<User> {
  const owner = await userByEmail(db, ownerEmail);
  if (!owner) throw new AdminError(`No user has the email ${ownerEmail} (--owner).`);
  if (!owner.active) throw new AdminError(`${owner.email} is deactivated; reactivate them or import for another user.`);
  return owner;
}

/**
 * Loads a validated book into the owner's book, all or nothing, in one transaction. Each row
 * goes through `decideImportedRow` (import-rules.ts), the rules pushes follow too. Every written
 * row gets the same new revision (pulls page through shared revisions safely). `dryRun` plans
 * and reports without writing.
 */
export async function importParsedBook(
  db: Db,
  owner: User,
  book: BookFile,
  now: string,
  options: { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const incoming = rowsOf(book, owner);
  const accountIds = book.tables.accounts.map((a) => a.id);
  const summary = await writeTransaction(db, async (tx) => {
    await refuseOthersAccounts(tx, owner, accountIds);
    const stored = await storedRows(tx, incoming);
    await refuseRowsElsewhere(
      tx,
      owner,
      [...stored.values()].map((s) => s.accountId),
      new Set(accountIds),
    );
    const plan = await planImport(tx, incoming, stored);
    const summary = summarise(accountIds.length, plan, null);
    if (options.dryRun || plan.writes.length === 0) return summary;
    const rev = tx.nextRev();
    for (let i = 0; i < plan.writes.length; i += CHUNK) await writeChunk(tx, plan.writes.slice(i, i + CHUNK), rev, now);
    await recordRowMoves(tx, rev, plan.moves);
    await tx.query(
      `INSERT INTO account_owners (account_id, owner_id) SELECT unnest($1::text[]), $2
       ON CONFLICT (account_id) DO NOTHING`,
      [accountIds, owner.id],
    );
    return { ...summary, rev };
  });
  // A bulk write changes the tables' size and shape: the planner learns it now, not at the next tick.
  if (summary.rev !== null) await refreshStatistics(db);
  return summary;
}

function summarise(accounts: number, plan: ImportPlan, rev: number | null): ImportSummary {
  return {
    accounts,
    written: plan.writes.length,
    unchanged: plan.unchanged,
    rev,
    skipped: plan.skipped,
    conflictCopies: plan.conflictCopies,
  };
}

function rowsOf(book: BookFile, owner: User): ImportRow[] {
  const rows: ImportRow[] = [];
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

/** A row id already used under someone else's account must not be taken over by an import. */
async function refuseRowsElsewhere(tx: Queryable, owner: User, storedAccounts: string[], ours: Set<string>) {
  const elsewhere = [...new Set(storedAccounts.filter((a) => !ours.has(a)))];
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

async function writeChunk(tx: Queryable, rows: ImportRow[], rev: number, now: string): Promise<void> {
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

export function describeBookProblems(parsed: Extract<ParsedBook, { ok: false }>): string {
  const rowLines = parsed.rowProblems.map(
    (p) => `${p.table} row ${p.index}${p.rowId ? ` (${p.rowId})` : ''}: ${p.problems.join(', ')}`,
  );
  const all = [...parsed.fileProblems, ...rowLines];
  const more = all.length > 1 ? ` (and ${all.length - 1} more problem${all.length > 2 ? 's' : ''})` : '';
  return `The book file cannot be imported, nothing was: ${all[0] ?? 'unknown problem'}${more}`;
}
