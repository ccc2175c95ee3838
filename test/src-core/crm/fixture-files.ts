import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  emptyMapping,
  planImport,
  readImportFiles,
  type ImportFileInput,
  type ImportMapping,
  type ImportPlan,
  type ImportSource,
} from '../../../src-core/crm';
import { emptyBookTables, type BookTables } from '../../../src-core/model';

/** Fixture exports as the CRMs write them, read in uneven chunks (as a stream would hand them over). */
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const NOW = '2026-09-14T14:00:00.000Z';
export const ZONE = 'America/Chicago';
export const OWNER = { id: 'u-sam', name: 'Sam Rivera' };

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

export function inputOf(name: string, content: string | Uint8Array, chunk = 97): ImportFileInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

export function fixture(path: string, chunk = 97): ImportFileInput {
  return inputOf(path.split('/').pop()!, bytesOf(path), chunk);
}

export async function read(
  files: ImportFileInput[],
  options: { source?: ImportSource | 'any'; mapping?: ImportMapping; now?: string } = {},
) {
  return readImportFiles(files, {
    source: options.source ?? 'any',
    mapping: options.mapping ?? emptyMapping(),
    now: options.now ?? NOW,
    timeZone: ZONE,
  });
}

/** Reads the files and plans them against the book, as the server and the app both do. */
export async function plan(
  files: ImportFileInput[],
  book: BookTables = emptyBookTables(),
  options: { source?: ImportSource | 'any'; mapping?: ImportMapping; canCreateAccounts?: boolean } = {},
): Promise<ImportPlan> {
  const batch = await read(files, options);
  return planImport(batch, book, {
    now: NOW,
    owner: OWNER,
    canCreateAccounts: options.canCreateAccounts ?? true,
    tombstones: new Set(),
    foreignAccounts: new Map(),
  });
}

/** The book after the plan's writes, the way a writer applies them. */
export function applied(book: BookTables, result: ImportPlan): BookTables {
  const next = structuredClone(book) as Record<string, { id: string }[]>;
  for (const w of result.writes) {
    const rows = next[w.table]!;
    const at = rows.findIndex((r) => r.id === w.row.id);
    if (at >= 0) rows[at] = w.row;
    else rows.push(w.row);
  }
  return next as unknown as BookTables;
}

export function rowsOf<T = Record<string, unknown>>(result: ImportPlan, table: string): T[] {
  return result.writes.filter((w) => w.table === table).map((w) => w.row as T);
}
