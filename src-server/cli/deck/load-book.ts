import { readFileSync } from 'node:fs';
import { parseBookFile, type BookFile } from '../../../src-core/model';
import { UsageError } from '../args';

/** Reads and validates a `fieldbook-book/1` file; every failure is one line a person can act on. */
export function loadBook(path: string): BookFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`${path} is not JSON.`);
  }
  const parsed = parseBookFile(json);
  if (!parsed.ok) {
    const row = parsed.rowProblems[0];
    const first = parsed.fileProblems[0] ?? (row && `${row.table} row ${row.index}: ${row.problems.join('; ')}`);
    const more = parsed.fileProblems.length + parsed.rowProblems.length - 1;
    throw new UsageError(`${path} is not a valid book: ${first}${more > 0 ? ` (and ${more} more problems)` : ''}`);
  }
  return parsed.book;
}

export function loadLogo(path: string | null): Uint8Array | null {
  if (path === null) return null;
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new UsageError(`Cannot read the logo ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}
