import { describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../src-core/demo';
import { AS_OF, OWNER } from './fixture';

describe('demo book at the bench size', () => {
  it('generates a 500-account, two-year book with unique names and compact series', () => {
    // How long it takes is the bench's business (the sync suites generate this book); here, only
    // what a 500-account book must be.
    const book = generateDemoBook({ seed: 'bench', asOf: AS_OF, owner: OWNER, accounts: 500, years: 2 });
    expect(book.tables.accounts).toHaveLength(500);
    expect(new Set(book.tables.accounts.map((a) => a.name)).size).toBe(500);
    // Yearly series keep the KPI history to a few records per account (DESIGN §3).
    expect(book.tables.metrics.length).toBeLessThan(500 * 3 * 14);
  });
});
