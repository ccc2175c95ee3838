import { generateDemoBook } from '../../src-core/demo';
import { parseBookFile, type BookFile } from '../../src-core/model';
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

/**
 * A deterministic demo book for one user, loaded like an import (so seeding twice with the same
 * seed changes nothing). The same seed yields the same row ids, so two users need two seeds.
 */
export async function seedDemo(db: Db, input: SeedDemoInput, now: string): Promise<ImportSummary> {
  const owner = await userByEmail(db, input.ownerEmail);
  if (!owner) throw new AdminError(`No user has the email ${input.ownerEmail} (--owner).`);
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
