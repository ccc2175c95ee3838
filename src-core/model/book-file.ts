import { z } from 'zod';
import { USER_ROLES } from './enums';
import { id, isoDateTime, text } from './primitives';
import { TABLE_NAMES, emptyBookTables, isTableName, type BookTables } from './tables';
import { validateRow } from './validation';

export const BOOK_FORMAT = 'fieldbook-book/1';

export const bookOwnerSchema = z.object({
  id,
  email: text(320),
  name: text(200),
  role: z.enum(USER_ROLES),
});
export type BookOwner = z.infer<typeof bookOwnerSchema>;

/** The `fieldbook-book/1` file of DESIGN §8: export, import, deck and report all read it. */
export interface BookFile {
  format: typeof BOOK_FORMAT;
  exportedAt: string;
  owner: BookOwner;
  tables: BookTables;
}

export interface RowProblem {
  table: string;
  /** Position of the row in its table in the file, from 1. */
  index: number;
  rowId: string | null;
  problems: string[];
}

export type ParsedBook =
  | { ok: true; book: BookFile }
  | { ok: false; fileProblems: string[]; rowProblems: RowProblem[] };

const MAX_REPORTED_ROWS = 200;

/**
 * Validates a parsed book file row by row. Either every row is valid and the book is returned,
 * or nothing is and the caller gets each wrong row with its reasons (an import is all or nothing).
 */
export function parseBookFile(input: unknown): ParsedBook {
  const fileProblems: string[] = [];
  const rowProblems: RowProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, fileProblems: ['The file is not a Fieldbook book (expected a JSON object).'], rowProblems };
  }
  const raw = input as Record<string, unknown>;
  if (raw.format !== BOOK_FORMAT) {
    fileProblems.push(`The file is not a Fieldbook book: format should be "${BOOK_FORMAT}".`);
    return { ok: false, fileProblems, rowProblems };
  }
  const owner = bookOwnerSchema.safeParse(raw.owner);
  if (!owner.success) fileProblems.push('The book has no valid owner (id, email, name, role).');
  const exportedAt = isoDateTime.safeParse(raw.exportedAt);
  if (!exportedAt.success) fileProblems.push('The book has no valid exportedAt date.');
  const tablesIn = raw.tables;
  if (typeof tablesIn !== 'object' || tablesIn === null || Array.isArray(tablesIn)) {
    fileProblems.push('The book has no tables.');
    return { ok: false, fileProblems, rowProblems };
  }
  for (const name of Object.keys(tablesIn)) {
    if (!isTableName(name)) fileProblems.push(`Unknown table "${name}".`);
  }
  const tables = emptyBookTables();
  let problemCount = 0;
  for (const table of TABLE_NAMES) {
    const rows = (tablesIn as Record<string, unknown>)[table] ?? [];
    if (!Array.isArray(rows)) {
      fileProblems.push(`Table "${table}" is not a list of rows.`);
      continue;
    }
    rows.forEach((row: unknown, i) => {
      const checked = validateRow(table, row);
      if (checked.ok) {
        (tables[table] as unknown[]).push(checked.value);
      } else if (++problemCount <= MAX_REPORTED_ROWS) {
        rowProblems.push({ table, index: i + 1, rowId: rowIdOf(row), problems: checked.problems });
      }
    });
  }
  fileProblems.push(...referenceProblems(tables));
  if (problemCount > MAX_REPORTED_ROWS) {
    fileProblems.push(`${problemCount - MAX_REPORTED_ROWS} more rows are wrong and not listed.`);
  }
  if (fileProblems.length > 0 || rowProblems.length > 0 || !owner.success || !exportedAt.success) {
    return { ok: false, fileProblems, rowProblems };
  }
  return { ok: true, book: { format: BOOK_FORMAT, exportedAt: exportedAt.data, owner: owner.data, tables } };
}

function rowIdOf(row: unknown): string | null {
  if (typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string') {
    return (row as { id: string }).id.slice(0, 100);
  }
  return null;
}

/** Every scoped row must name an account that is in the book, and ids must be unique per table. */
function referenceProblems(tables: BookTables): string[] {
  const problems: string[] = [];
  const accountIds = new Set(tables.accounts.map((a) => a.id));
  for (const table of TABLE_NAMES) {
    const seen = new Set<string>();
    for (const row of tables[table] as { id: string; accountId?: string }[]) {
      if (seen.has(row.id)) problems.push(`${table}: id "${row.id}" appears twice.`);
      seen.add(row.id);
      if (table !== 'accounts' && !accountIds.has(row.accountId ?? '')) {
        problems.push(`${table} row "${row.id}" names account "${row.accountId}", which is not in the book.`);
      }
      if (problems.length >= MAX_REPORTED_ROWS) return problems;
    }
  }
  return problems;
}
