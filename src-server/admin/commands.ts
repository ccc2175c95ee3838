import type { CrmFile, ExportMark } from '../../src-core/crm';
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
import { importBook, type ImportSummary } from './import-book';
import { importCrm, type CrmImportRequest } from './import-crm';
import { reassignAccount } from './reassign';
import { rotateToken } from './rotate-token';
import { seedDemo } from './seed-demo';
import { runTeamSettings, TEAM_SETTINGS_COMMANDS, type TeamSettingsRequest } from './team-settings';
import { deactivateUser, deleteUser, listUsers, reactivateUser } from './user-lifecycle';

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
  | { command: 'deactivate-user'; email: string }
  | { command: 'reactivate-user'; email: string }
  | { command: 'delete-user'; email: string; reassignTo?: string }
  | { command: 'list-users' }
  | TeamSettingsRequest;

export const ADMIN_COMMANDS: readonly AdminRequest['command'][] = [
  'create-user',
  'seed-demo',
  'import',
  'import-crm',
  'export-activities',
  'mark-exported',
  'reassign',
  'export-book',
  'rotate-token',
  'deactivate-user',
  'reactivate-user',
  'delete-user',
  'list-users',
  ...TEAM_SETTINGS_COMMANDS,
];

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
    case 'import': {
      const summary = await importBook(db, request.owner, request.book, now, { dryRun: request.dryRun });
      return { stdout: describeLoad(summary, request.owner, request.dryRun) };
    }
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
    case 'deactivate-user':
      return { stdout: await deactivateUser(db, request.email, now) };
    case 'reactivate-user':
      return { stdout: await reactivateUser(db, request.email) };
    case 'delete-user':
      return { stdout: await deleteUser(db, request.email, request.reassignTo, now) };
    case 'list-users':
      return { stdout: await listUsers(db) };
    default:
      throw new AdminError(`Unknown command ${(request as { command: string }).command}.`);
  }
}

const SKIP_WORDS: Record<ImportSummary['skipped'][number]['reason'], string> = {
  deleted_on_server: 'deleted on the server (deletes are never undone)',
  account_deleted: 'under an account deleted on the server',
  changed_on_server: "changed on the server after this file's version",
};
const LISTED = 5;

/** The load's counts, then one line per reason rows were skipped, and the conflict copies made. */
export function describeLoad(summary: ImportSummary, owner: string, dryRun = false): string {
  const written = dryRun ? 'to write' : 'written';
  const lines = [
    `${summary.accounts} accounts for ${owner}: ${summary.written} rows ${written}, ${summary.unchanged} unchanged.`,
  ];
  for (const reason of Object.keys(SKIP_WORDS) as (keyof typeof SKIP_WORDS)[]) {
    const rows = summary.skipped.filter((s) => s.reason === reason).map((s) => `${s.table}/${s.id}`);
    if (rows.length > 0) lines.push(`Skipped ${plural(rows.length, 'row')} ${SKIP_WORDS[reason]}: ${listed(rows)}`);
  }
  const copies = summary.conflictCopies.map((c) => `notes/${c.id} → notes/${c.copyId}`);
  if (copies.length > 0)
    lines.push(`Kept the file's text of ${plural(copies.length, 'note')} as conflict copies: ${listed(copies)}`);
  if (dryRun) lines.push('Dry run: nothing was written.');
  return lines.join('\n');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listed(items: string[]): string {
  const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
  return `${items.slice(0, LISTED).join(', ')}${more}.`;
}
