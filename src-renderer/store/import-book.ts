import { TABLE_NAMES, parseBookFile, type BookFile, type BookTables } from '../../src-core/model';
import { changeLogScope, recordChange } from './change-log';
import type { BookSource, FieldbookDb } from './db';
import { StoreError, asStoreError } from './errors';
import { pendingCount } from './queries';
import { summarizeAccounts } from './summaries';
import type { AccountSummary } from './types';

export interface ImportResult {
  accounts: number;
  rows: number;
}

const MAX_LISTED_PROBLEMS = 20;

/**
 * Replaces the local book with a book file, all or nothing: every row is validated first, then
 * one transaction clears the old book, writes the new one with its summaries, and records where
 * it came from. If anything fails the previous book is untouched.
 *
 * Imported rows are the file's (or server's) rows, not local edits, so they make no outbox
 * entries. A demo or file book's outbox has nowhere to go and is dropped with it; a server
 * book's unsynced edits are never dropped: the import is refused until they are synced.
 */
export async function importBook(db: FieldbookDb, book: BookFile, source: BookSource): Promise<ImportResult> {
  const parsed = parseBookFile(book);
  if (!parsed.ok) {
    const problems = [
      ...parsed.fileProblems,
      ...parsed.rowProblems.map(
        (p) => `${p.table} row ${p.index}${p.rowId ? ` (${p.rowId})` : ''}: ${p.problems.join('; ')}`,
      ),
    ];
    const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join(' ');
    throw new StoreError('invalid', `The book can't be imported; nothing was changed. ${shown}`, problems);
  }
  const tables = parsed.book.tables;
  await replaceLocalBook(db, tables, source).catch((error: unknown) => {
    throw asStoreError(error, 'the book');
  });
  const rows = TABLE_NAMES.reduce((sum, t) => sum + tables[t].length, 0);
  return { accounts: tables.accounts.length, rows };
}

async function replaceLocalBook(db: FieldbookDb, tables: BookTables, source: BookSource): Promise<void> {
  const summaries = summarizeBook(tables);
  const cleared = [...TABLE_NAMES.map((t) => db.table(t)), db.accountSummaries, db.outbox, db.rejected];
  await db.transaction('rw', [...cleared, ...changeLogScope(db), db.settingsOutbox], async () => {
    const current = await db.meta.get('bookSource');
    // Settings edits count too: replacing the book must not strand one that never reached the server.
    const pending = await pendingCount(db);
    if (current?.value === 'server' && pending > 0) {
      throw new StoreError(
        'unsynced_changes',
        `You have ${pending} change${pending === 1 ? '' : 's'} not yet synced. Sync before replacing this book.`,
      );
    }
    await Promise.all(cleared.map((t) => t.clear()));
    for (const table of TABLE_NAMES) await db.table(table).bulkAdd(tables[table]);
    await db.accountSummaries.bulkAdd(summaries);
    // The CSM's settings stay with them; only the server's read positions go with its book.
    await db.meta.bulkDelete(['cursor', 'lastSyncedAt', 'settingsRev']);
    await db.meta.put({ key: 'bookSource', value: source });
    await recordChange(db, { tables: [...TABLE_NAMES, 'outbox', 'rejected'], wholeBook: true });
  });
}

/** Summaries of every account, computed in memory from the book (one pass per table). */
export function summarizeBook(tables: BookTables): AccountSummary[] {
  return summarizeAccounts(
    tables.accounts.map((a) => a.id),
    tables,
  );
}
