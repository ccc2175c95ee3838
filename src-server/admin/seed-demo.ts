import { parseBookFile, type BookFile, type BookOwner } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { userByEmail } from '../store/users';
import { AdminError } from './admin-error';
import { importParsedBook, type ImportSummary } from './import-book';

export interface SeedDemoInput {
  ownerEmail: string;
  accounts: number;
  seed: string;
  asOf: string;
}

type GenerateDemoBook = (options: { seed: string | number; accounts?: number; asOf: string; owner: BookOwner }) => BookFile;

/**
 * A deterministic demo book for one user, loaded like an import (so seeding twice with the same
 * seed changes nothing). The same seed yields the same row ids, so two users need two seeds.
 */
export async function seedDemo(db: Db, input: SeedDemoInput, now: string): Promise<ImportSummary> {
  const owner = await userByEmail(db, input.ownerEmail);
  if (!owner) throw new AdminError(`No user has the email ${input.ownerEmail} (--owner).`);
  const generate = await loadGenerator();
  const book = generate({
    seed: input.seed,
    accounts: input.accounts,
    asOf: input.asOf,
    owner: { id: owner.id, email: owner.email, name: owner.name, role: owner.role },
  });
  const checked = parseBookFile(book);
  if (!checked.ok) throw new AdminError(`The demo generator made an invalid book: ${checked.fileProblems[0] ?? checked.rowProblems[0]?.problems[0]}`);
  return importParsedBook(db, owner, checked.book, now);
}

// Loaded on demand: the generator is large and only this command needs it.
async function loadGenerator(): Promise<GenerateDemoBook> {
  const specifier = '../../src-core/demo/index';
  const mod = (await import(specifier)) as { generateDemoBook?: GenerateDemoBook };
  if (typeof mod.generateDemoBook !== 'function') throw new AdminError('The demo book generator is not available in this build.');
  return mod.generateDemoBook;
}
