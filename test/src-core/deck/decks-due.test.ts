import { describe, expect, it } from 'vitest';
import { decksDue } from '../../../src-core/deck';
import { emptyBookTables } from '../../../src-core/model';
import { ACCOUNT_ID, NOW, makeAccount } from './fixture-book';

const sync = { rev: 1, deleted: false, updatedAt: NOW };

describe('decks due', () => {
  it('counts 90 days from the last QBR held or generated, else from the start', () => {
    const book = emptyBookTables();
    book.accounts.push(
      makeAccount(),
      makeAccount({ id: 'b', name: 'Beta', startedAt: '2026-08-01' }),
      makeAccount({ id: 'c', name: 'Churned', stage: 'churned', churnedAt: '2026-05-01' }),
    );
    book.activities.push({
      ...sync,
      id: 'q1',
      accountId: ACCOUNT_ID,
      kind: 'qbr',
      status: 'completed',
      direction: 'two_way',
      at: '2026-07-10T15:00:00.000Z',
      durationMinutes: 60,
      subject: 'Q2 review',
      outcome: '',
      attendeeIds: [],
      insight: null,
    });
    book.decks.push({
      ...sync,
      id: 'd1',
      accountId: ACCOUNT_ID,
      kind: 'qbr',
      period: '2026-Q2',
      generatedAt: '2026-07-01T09:00:00.000Z',
      fileName: 'x.pptx',
      slideCount: 10,
      sizeBytes: 1000,
      dataHash: '',
      commentary: {},
      omittedSlides: [],
    });
    const due = decksDue(book, 'qbr', { from: '2026-10-05', to: '2026-10-20' }, NOW);
    expect(due).toEqual([
      {
        accountId: ACCOUNT_ID,
        accountName: 'Acme Plumbing',
        dueDate: '2026-10-08',
        lastDate: '2026-07-10',
        overdue: false,
      },
    ]);
    // Beta started 2026-08-01: first QBR due 2026-10-30, inside a window to the end of the month.
    expect(decksDue(book, 'qbr', { from: '2026-10-05', to: '2026-10-31' }, NOW).map((d) => d.accountId)).toEqual([
      ACCOUNT_ID,
      'b',
    ]);
  });

  it('keeps overdue accounts and skips churned ones', () => {
    const book = emptyBookTables();
    book.accounts.push(makeAccount({ startedAt: '2026-01-05' }), makeAccount({ id: 'c', stage: 'churned' }));
    expect(decksDue(book, 'value_report', { from: '2026-10-05', to: '2026-10-05' }, NOW)).toEqual([
      { accountId: ACCOUNT_ID, accountName: 'Acme Plumbing', dueDate: '2026-02-04', lastDate: null, overdue: true },
    ]);
  });
});
