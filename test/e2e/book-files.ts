import { generateDemoBook } from '../../src-core/demo';
import type { BookFile } from '../../src-core/model';

/** A small valid book: the demo generator's first accounts, as of a fixed day. */
export function smallBook(accounts = 3): BookFile {
  return generateDemoBook({
    seed: 'e2e',
    accounts,
    years: 1,
    asOf: '2026-09-15',
    owner: { id: 'csm-e2e', email: 'e2e.csm@example.com', name: 'E2E CSM', role: 'csm' },
  });
}

/**
 * The same book with two wrong rows: the second account has a tier that does not exist, the
 * first contract a negative monthly value. Everything else is valid.
 */
export function malformedBook(): { book: unknown; badAccountId: string; badContractId: string } {
  const book = structuredClone(smallBook()) as unknown as {
    tables: { accounts: Record<string, unknown>[]; contracts: Record<string, unknown>[] };
  };
  const account = book.tables.accounts[1]!;
  const contract = book.tables.contracts[0]!;
  account.tier = 'diamond';
  contract.monthlyValueCents = -5000;
  return { book, badAccountId: String(account.id), badContractId: String(contract.id) };
}
