import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AdminError } from '../admin/admin-error';
import { runAdminRequest, type AdminReply, type AdminRequest } from '../admin/commands';
import { openDatabase } from '../db/open';
import { parseAdminArgs, type AdminInvocation } from './admin-args';
import { runThroughServer } from './admin-remote';
import { UsageError } from './args';
import { readCrmImport, writeExportFiles } from './crm-files';
import { acquireDataLock } from './data-lock';
import { writeFileAtomic, WriteError } from './deck/write-atomic';
import { safeMessage } from '../sync/safe-message';
import type { CliIo } from './io';

/**
 * `npm run admin -- <command> …` (DESIGN §8). Runs against DATABASE_URL, or the PGlite data
 * folder — directly when nobody holds it, through the server when one does, never both.
 * Returns the exit code: 0, or 1 with one line on stderr.
 */
export async function runAdmin(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await admin(argv, io);
    return 0;
  } catch (error) {
    const known = error instanceof AdminError || error instanceof UsageError || error instanceof WriteError;
    const message = error instanceof Error ? error.message : String(error);
    // Messages may quote what the admin typed: never echo terminal escapes back.
    io.stderr(`admin: ${safeMessage(known ? message : `failed: ${message.split('\n')[0]}`)}\n`);
    return 1;
  }
}

async function admin(argv: readonly string[], io: CliIo): Promise<void> {
  const now = io.now();
  const databaseUrl = io.env.DATABASE_URL || undefined;
  const invocation = parseAdminArgs([...argv], now.toISOString().slice(0, 10));
  const out = invocation.out === undefined ? undefined : resolve(invocation.out);
  if (out) refuseFolder(out);
  const dataDir = resolve(invocation.dataDir);
  const request = invocation.crmImport
    ? await readCrmImport(invocation.crmImport, now.toISOString())
    : invocation.request;
  const where: Where = { dataDir, databaseUrl };
  const reply = await run(request, where, now.toISOString());
  if (invocation.exportOut) await finishExport(invocation, reply, where, now.toISOString());
  // A book holds contacts' personal details (birthdays, family): readable by its owner only.
  // Written beside, then renamed: an existing file is never left half-written.
  if (out)
    await writeFileAtomic(
      out,
      Buffer.from(`${JSON.stringify(reply.book, null, 1)}
`),
      0o600,
    );
  io.stdout(`${reply.stdout}\n`);
  if (reply.failed) throw new AdminError(reply.failed);
}

/** export-activities: write the files, and only then mark their rows as exported. */
async function finishExport(invocation: AdminInvocation, reply: AdminReply, where: Where, now: string) {
  const files = reply.files ?? [];
  const written = await writeExportFiles(invocation.exportOut!, files);
  const lines = [reply.stdout, ...written.map((path) => `wrote ${path}`)];
  if (files.length === 0) lines.push('Nothing to export.');
  const request = invocation.request;
  if (request.command === 'export-activities' && request.format !== 'ics' && (reply.marks ?? []).length > 0) {
    const marks = reply.marks!;
    const marked = await run(
      { command: 'mark-exported', owner: request.owner, format: request.format, marks },
      where,
      now,
    );
    lines.push(marked.stdout);
  }
  reply.stdout = lines.join('\n');
}

/** `--out` naming a folder is a mistake to say before the export runs, not after. */
function refuseFolder(out: string): void {
  const isFolder = (() => {
    try {
      return statSync(out).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isFolder) throw new UsageError(`--out ${out} is a folder; name the book file to write, e.g. ${out}/book.json.`);
}

/** The database: DATABASE_URL's server when set, else the PGlite data folder. */
interface Where {
  dataDir: string;
  databaseUrl: string | undefined;
}

async function run(request: AdminRequest, { dataDir, databaseUrl }: Where, now: string): Promise<AdminReply> {
  if (databaseUrl) return runDirect(request, { databaseUrl }, now);
  const attempt = acquireDataLock(dataDir, { kind: 'admin', port: null, secret: null });
  if (!attempt.ok) {
    const { holder } = attempt;
    if (holder.kind === 'server' && holder.adminPort && holder.secret) return runThroughServer(holder, request);
    throw new AdminError(
      `The data folder ${dataDir} is in use by ${holder.kind === 'server' ? 'a server that is still starting' : 'another admin command'} (pid ${holder.pid}); try again in a moment.`,
    );
  }
  try {
    return await runDirect(request, { dataDir }, now);
  } finally {
    attempt.lock.release();
  }
}

async function runDirect(
  request: AdminRequest,
  where: { databaseUrl?: string; dataDir?: string },
  now: string,
): Promise<AdminReply> {
  const db = await openDatabase(where);
  try {
    return await runAdminRequest(db, request, now);
  } finally {
    await db.close();
  }
}
