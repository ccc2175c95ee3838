import type { CrmFile, ExportMark } from '../../src-core/crm';
import { TABLE_NAMES, parseBookFile } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { AdminError } from './admin-error';
import { createUser } from './create-user';
import {
  exportActivities,
  markExported,
  type ExportActivitiesRequest,
  type MarkExportedRequest,
} from './export-activities';
import { exportBook } from './export-book';
import { describeBookProblems, importBook, type ImportSummary } from './import-book';
import { importCrm, type CrmImportRequest } from './import-crm';
import { reassignAccount } from './reassign';
import { rotateToken } from './rotate-token';
import { seedDemo } from './seed-demo';
import { runTeamSettings, type TeamSettingsRequest } from './team-settings';

/**
 * One admin command, already parsed from the command line. The CLI runs it against the database
 * directly, or sends it to the running server that holds the data folder; both end up here.
 */
export type AdminRequest =
  | { command: 'create-user'; email: string; name: string; role?: string; lead?: string }
  | { command: 'seed-demo'; owner: string; accounts: number; seed: string; asOf: string }
  | { command: 'import'; owner: string; book: unknown; dryRun?: boolean }
  | CrmImportRequest
  | ExportActivitiesRequest
  | MarkExportedRequest
  | { command: 'reassign'; account: string; to: string }
  | { command: 'export-book'; owner: string }
  | { command: 'rotate-token'; email: string }
  | TeamSettingsRequest;

/** What to print on stdout, and for export-book the book to write to the admin's file. */
export interface AdminReply {
  stdout: string;
  book?: unknown;
  /** export-activities: the files to write to --out, and the rows to mark once they are written. */
  files?: CrmFile[];
  marks?: ExportMark[];
  /** The command refused after printing its stdout (e.g. an import preview): one line, exit code 1. */
  failed?: string;
}

export async function runAdminRequest(db: Db, request: AdminRequest, now: string): Promise<AdminReply> {
  switch (request.command) {
    case 'create-user': {
      const { token } = await createUser(db, {
        email: request.email,
        name: request.name,
        role: request.role,
        leadEmail: request.lead,
      });
      return { stdout: token };
    }
    case 'seed-demo':
      return {
        stdout: describeLoad(await seedDemo(db, { ownerEmail: request.owner, ...request }, now), request.owner),
      };
    case 'import':
      if (request.dryRun) return { stdout: checkBook(request.book) };
      return { stdout: describeLoad(await importBook(db, request.owner, request.book, now), request.owner) };
    case 'import-crm':
      return importCrm(db, request, now);
    case 'export-activities':
      return exportActivities(db, request, now);
    case 'mark-exported':
      return markExported(db, request, now);
    case 'reassign': {
      const moved = await reassignAccount(db, request.account, request.to, now);
      return {
        stdout:
          moved.rev === null
            ? `Account ${moved.accountId} already belongs to ${moved.to}.`
            : `Moved account ${moved.accountId} (${moved.rows} rows) from ${moved.from} to ${moved.to}.`,
      };
    }
    case 'export-book': {
      const book = await exportBook(db, request.owner, now);
      const rows = Object.values(book.tables).reduce((n, rows) => n + rows.length, 0);
      return { stdout: `${book.tables.accounts.length} accounts, ${rows} rows`, book };
    }
    case 'rotate-token':
      return { stdout: await rotateToken(db, request.email) };
    case 'set-team-settings':
    case 'set-team-branding':
    case 'set-team-playbooks':
    case 'clear-team-settings':
      return { stdout: await runTeamSettings(db, request, now) };
    default:
      throw new AdminError(`Unknown command ${(request as { command: string }).command}.`);
  }
}

function describeLoad(summary: ImportSummary, owner: string): string {
  return `${summary.accounts} accounts for ${owner}: ${summary.written} rows written, ${summary.unchanged} unchanged.`;
}

/** `import --format fieldbook --dry-run`: the book checked row by row, nothing written. */
function checkBook(input: unknown): string {
  const parsed = parseBookFile(input);
  if (!parsed.ok) throw new AdminError(describeBookProblems(parsed));
  const rows = TABLE_NAMES.reduce((n, t) => n + parsed.book.tables[t].length, 0);
  return `The book is valid: ${parsed.book.tables.accounts.length} accounts, ${rows} rows. Dry run: nothing was written.`;
}
