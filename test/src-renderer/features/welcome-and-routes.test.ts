import { describe, expect, it } from 'vitest';
import { parseRoute, accountHref } from '../../../src-renderer/app/routes';
import { BookFileRejected, checkBookFile } from '../../../src-renderer/features/welcome/book-file-check';
import { importReport } from '../../../src-renderer/features/welcome/import-problems';

describe('hash routes (DESIGN §8)', () => {
  it('reads the routes that exist', () => {
    expect(parseRoute('')).toEqual({ name: 'today' });
    expect(parseRoute('#/book')).toEqual({ name: 'book' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/accounts/2f0c-41')).toEqual({ name: 'account', accountId: '2f0c-41' });
    expect(parseRoute('#/accounts/a%20b/')).toEqual({ name: 'account', accountId: 'a b' });
    expect(parseRoute('#/scorecard')).toEqual({ name: 'scorecard' });
    expect(parseRoute('#/accounts/x/prep')).toEqual({ name: 'prep', accountId: 'x' });
    expect(parseRoute('#/accounts/x/invoices')).toEqual({ name: 'unknown', hash: '#/accounts/x/invoices' });
  });

  it('builds account links that round-trip', () => {
    expect(accountHref('acc-1')).toBe('#/accounts/acc-1');
    expect(parseRoute(accountHref('a/b c'))).toEqual({ name: 'account', accountId: 'a/b c' });
  });
});

/** The rejection a check throws; fails the test when it does not throw one. */
function rejectionOf(check: () => unknown): BookFileRejected {
  try {
    check();
  } catch (error) {
    if (error instanceof BookFileRejected) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('checking a picked book file', () => {
  it('rejects a file that is not JSON, saying so', () => {
    const rejected = rejectionOf(() => checkBookFile({ name: 'x.json', text: '{oops' }));
    expect(rejected.fileName).toBe('x.json');
    expect(rejected.fileProblems).toEqual(['The file is not valid JSON, so it cannot be a Fieldbook book.']);
    expect(rejected.rowProblems).toEqual([]);
  });

  it('rejects JSON that is not a book', () => {
    const rejected = rejectionOf(() => checkBookFile({ name: 'x.json', text: '{"format":"other"}' }));
    expect(rejected.fileProblems).toEqual(['The file is not a Fieldbook book: format should be "fieldbook-book/1".']);
  });
});

describe('the import report', () => {
  it('counts rows left out only because their account row is wrong, and keeps other file problems', () => {
    const report = importReport(
      [
        'contacts row "c-1" names account "acc-bad", which is not in the book.',
        'contracts row "k-1" names account "acc-bad", which is not in the book.',
        'notes row "n-1" names account "acc-missing", which is not in the book.',
        'accounts: id "acc-2" appears twice.',
      ],
      [
        {
          table: 'accounts',
          index: 2,
          rowId: 'acc-bad',
          problems: ['tier must be one of platinum, gold, silver, bronze'],
        },
      ],
    );
    expect(report.orphanedRows).toBe(2);
    expect(report.fileProblems).toEqual([
      'notes row "n-1" names account "acc-missing", which is not in the book.',
      'accounts: id "acc-2" appears twice.',
    ]);
    expect(report.rows).toHaveLength(1);
  });
});
