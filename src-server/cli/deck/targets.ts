import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckSpecKind } from '../../../src-core/deck';
import type { Account, BookTables } from '../../../src-core/model';
import { deckFileNames } from '../../../src-core/deck';
import { UsageError } from '../args';
import { writeAdvice } from './write-atomic';

/**
 * `--all` means every active account (not churned, not deleted), not only those due: a CSM
 * asking for Q3 decks wants the whole book's Q3. The app's batch screen uses `decksDue`.
 */
export function accountsFor(tables: BookTables, accountId: string | null): Account[] {
  if (accountId === null)
    return tables.accounts.filter((a) => !a.deleted && a.stage !== 'churned' && a.churnedAt === null);
  const account = tables.accounts.find((a) => a.id === accountId && !a.deleted);
  if (!account) throw new UsageError(`Account "${accountId}" is not in the book.`);
  return [account];
}

/**
 * `--out` is a file for one account when it ends in .pptx, else a folder (created if missing)
 * with one distinctly named file per account: two accounts never write to the same file.
 */
export function outputPaths(
  out: string,
  single: boolean,
  accounts: readonly Account[],
  kind: DeckSpecKind,
  periodKey: string,
): string[] {
  if (single && /\.pptx$/i.test(out)) return accounts.map(() => out);
  return deckFileNames(accounts, kind, periodKey).map((name) => join(out, name));
}

export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    throw new UsageError(writeAdvice(folder, e as NodeJS.ErrnoException));
  }
}
