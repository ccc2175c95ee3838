import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readImportFiles, type CrmFile, type ImportFileInput } from '../../src-core/crm';
import type { CrmImportRequest } from '../admin/import-crm';
import { UsageError } from './args';
import type { CrmImportArgs } from './crm-args';
import { WriteError, writeFileAtomic } from './deck/write-atomic';

/** Files are read in 1 MB chunks: a 100,000-row export never sits in memory whole. */
const CHUNK_BYTES = 1024 * 1024;

function inputOf(path: string): ImportFileInput {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${path}: no such file.`);
  }
  return {
    name: basename(path),
    chunks: () => (size === 0 ? (async function* () {})() : createReadStream(path, { highWaterMark: CHUNK_BYTES })),
  };
}

/** Reads the CRM files in the admin's folder into the batch the server plans against. */
export async function readCrmImport(args: CrmImportArgs, now: string): Promise<CrmImportRequest> {
  const inputs = args.files.map(inputOf);
  const batch = await readImportFiles(inputs, {
    source: args.format,
    mapping: args.mapping,
    now,
    timeZone: args.timeZone,
  });
  return { command: 'import-crm', owner: args.owner, batch, dryRun: args.dryRun, skipInvalid: args.skipInvalid };
}

/**
 * Writes the export's files to --out: a folder (created when missing) for CSV exports, or for the
 * calendar either a folder or a file path ending in .ics. Each file is written beside and renamed.
 */
export async function writeExportFiles(out: string, files: readonly CrmFile[]): Promise<string[]> {
  const target = resolve(out);
  const single = /\.ics$/i.test(target);
  if (single && files.length > 1)
    throw new WriteError(`--out ${out} names one file; this export has ${files.length}. Name a folder.`);
  if (!single) {
    try {
      mkdirSync(target, { recursive: true });
    } catch {
      throw new WriteError(`Cannot create the folder ${target}. Check --out.`);
    }
  }
  const written: string[] = [];
  for (const file of files) {
    const path = single ? target : join(target, file.name);
    await writeFileAtomic(path, new TextEncoder().encode(file.text));
    written.push(path);
  }
  return written;
}
