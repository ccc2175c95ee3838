import { generateDemoBook } from '../../src-core/demo';
import { parseBookFile, type BookFile } from '../../src-core/model';
import type { Db } from '../db/adapter';
import { AdminError } from './admin-error';
import { importOwner, importParsedBook, type ImportSummary } from './import-book';

export interface SeedDemoInput {
  ownerEmail: string;
  accounts: number;
  seed: string;
  asOf: string;
}

/**
 * A deterministic demo book for one user, loaded like an import and under the import's rules:
 * seeding twice with the same seed changes nothing, and re-seeding never undoes what the CSM did
 * since (edits, deletes). The same seed yields the same row ids, so two users need two seeds.
 */
export async function seedDemo(db: Db, input: SeedDemoInput, now: string): Promise<ImportSummary> {
  const owner = await importOwner(db, input.ownerEmail);
  const book = generate({
    seed: input.seed,
    accounts: input.accounts,
    asOf: input.asOf,
    owner: { id: owner.id, email: owner.email, name: owner.name, role: owner.role },
  });
  const checked = parseBookFile(book);
  if (!checked.ok)
    throw new AdminError(
      `The demo generator made an invalid book: ${checked.fileProblems[0] ?? checked.rowProblems[0]?.problems[0]}`,
    );
  return importParsedBook(db, owner, checked.book, now);
}

function generate(options: Parameters<typeof generateDemoBook>[0]): BookFile {
  try {
    return generateDemoBook(options);
  } catch (error) {
    throw new AdminError(`Cannot make the demo book: ${(error as Error).message}`);
  }
}
