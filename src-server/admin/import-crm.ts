import {
  BOOK_FORMAT,
  emptyBookTables,
  type BookFile,
  type BookTables,
  type RowOf,
  type TableName,
} from '../../src-core/model';
import { importSummaryLines, planImport, type ImportBatch, type ImportPlan } from '../../src-core/crm';
import { candidateAccountIds } from '../../src-core/crm/candidates';
import type { Db } from '../db/adapter';
import { visibleOwners } from '../store/scope';
import type { User } from '../store/users';
import { AdminError } from './admin-error';
import type { AdminReply } from './commands';
import { exportBook } from './export-book';
import { importOwner, importParsedBook } from './import-book';

export interface CrmImportRequest {
  command: 'import-crm';
  owner: string;
  batch: ImportBatch;
  dryRun: boolean;
  /** Import the rest when some rows cannot be read (they stay listed); otherwise nothing is imported. */
  skipInvalid: boolean;
}

/**
 * `admin import --format salesforce|hubspot|kpi|ics`: the batch the CLI read from the files,
 * planned against the owner's book as the server holds it, then written all at once through the
 * book import's own row writer (one transaction, one revision). `--dry-run` stops at the preview.
 */
export async function importCrm(db: Db, request: CrmImportRequest, now: string): Promise<AdminReply> {
  const owner = await importOwner(db, request.owner);
  const { batch } = request;
  if (batch.failures.length > 0) {
    const reasons = batch.failures.map((f) => `${f.file}: ${f.reason}`).join(' ');
    throw new AdminError(`Nothing was imported. ${reasons}`);
  }
  const book = await exportBook(db, owner.email, now);
  const plan = planImport(batch, book.tables, {
    now,
    owner: { id: owner.id, name: owner.name },
    canCreateAccounts: true,
    tombstones: await tombstonesFor(db, owner, batch),
    foreignAccounts: await foreignAccounts(db, owner, candidateAccountIds(batch)),
  });
  const preview = importSummaryLines(plan).join('\n');
  if (request.dryRun) return { stdout: `${preview}\nDry run: nothing was written.` };
  const invalid = plan.issues.filter((i) => i.kind === 'invalid').length;
  if (invalid > 0 && !request.skipInvalid) {
    return {
      stdout: preview,
      failed: `Nothing was imported: ${invalid} row${invalid > 1 ? 's' : ''} cannot be read (listed above). Fix the file or the mapping (--mapping), or add --skip-invalid to import the rest.`,
    };
  }
  const written = await importParsedBook(db, owner, bookOf(plan, owner, now), now);
  return {
    stdout: `${preview}\nImported for ${owner.email}: ${written.written} rows written, ${countUnchanged(plan)} unchanged.`,
  };
}

function countUnchanged(plan: ImportPlan): number {
  return Object.values(plan.counts).reduce((n, c) => n + c.unchanged, 0);
}

/** The plan's writes as a book file, for the one row writer imports share. */
function bookOf(plan: ImportPlan, owner: User, now: string): BookFile {
  const tables: BookTables = emptyBookTables();
  for (const write of plan.writes) (tables[write.table] as RowOf<TableName>[]).push(write.row);
  const { id, email, name, role } = owner;
  return { format: BOOK_FORMAT, exportedAt: now, owner: { id, email, name, role }, tables };
}

/** Rows deleted in Fieldbook under the owner's book, or with an id the import brings: never brought back. */
async function tombstonesFor(db: Db, owner: User, batch: ImportBatch): Promise<Set<string>> {
  const owners = await visibleOwners(db, owner);
  const ids = [...new Set(batch.rows.map((r) => r.id).concat(batch.events.map((e) => e.id)))];
  const rows = await db.query<{ table_name: string; id: string }>(
    `SELECT r.table_name, r.id FROM rows r LEFT JOIN account_owners o ON o.account_id = r.account_id
      WHERE r.deleted AND (r.id = ANY($1::text[]) OR $2::text[] IS NULL OR o.owner_id = ANY($2::text[]))`,
    [ids, owners],
  );
  return new Set(rows.map((r) => `${r.table_name}:${r.id}`));
}

/** Accounts the import names that are in another CSM's book: id → that CSM's email. */
async function foreignAccounts(db: Db, owner: User, ids: string[]): Promise<Map<string, string>> {
  const owners = await visibleOwners(db, owner);
  if (owners === null || ids.length === 0) return new Map();
  const rows = await db.query<{ account_id: string; email: string }>(
    `SELECT o.account_id, u.email FROM account_owners o JOIN users u ON u.id = o.owner_id
      WHERE o.account_id = ANY($1::text[]) AND NOT (o.owner_id = ANY($2::text[]))`,
    [ids, owners],
  );
  return new Map(rows.map((r) => [r.account_id, r.email]));
}
