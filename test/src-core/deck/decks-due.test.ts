import { describe, expect, it } from 'vitest';
import { nextQbr } from '../../../src-core/cadence';
import { decksDue } from '../../../src-core/deck';
import { emptyBookTables } from '../../../src-core/model';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { ACCOUNT_ID, NOW, makeAccount } from './fixture-book';

const sync = { rev: 1, deleted: false, updatedAt: NOW };

describe('decks due', () => {
  it('counts the tier’s 90 days from the last QBR held, else from the start; a generated deck is not a QBR held', () => {
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
    const due = decksDue(book, 'qbr', { from: '2026-10-05', to: '2026-10-20' }, NOW, DEFAULT_SETTINGS);
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
    expect(
      decksDue(book, 'qbr', { from: '2026-10-05', to: '2026-10-31' }, NOW, DEFAULT_SETTINGS).map((d) => d.accountId),
    ).toEqual([ACCOUNT_ID, 'b']);
  });

  it('agrees with the cadence’s QBR due: a deck generated last week does not move the date', () => {
    const book = emptyBookTables();
    // Started 2026-06-01, no QBR held: due 2026-06-01 + 90 days = 2026-08-30, overdue on 5 October.
    book.accounts.push(makeAccount({ startedAt: '2026-06-01' }));
    book.decks.push({
      ...sync,
      id: 'd2',
      accountId: ACCOUNT_ID,
      kind: 'qbr',
      period: '2026-Q3',
      generatedAt: '2026-09-28T09:00:00.000Z',
      fileName: 'q3.pptx',
      slideCount: 12,
      sizeBytes: 1000,
      dataHash: '',
      commentary: {},
      omittedSlides: [],
    });
    const [due] = decksDue(book, 'qbr', { from: '2026-10-05', to: '2026-10-05' }, NOW, DEFAULT_SETTINGS);
    const cadence = nextQbr(book.accounts[0]!, book.activities, NOW, DEFAULT_SETTINGS);
    expect(due).toMatchObject({ dueDate: '2026-08-30', lastDate: null, overdue: true });
    expect(cadence).toMatchObject({ dueDate: due!.dueDate, lastDone: due!.lastDate });
  });

  it('keeps overdue accounts and skips churned ones', () => {
    const book = emptyBookTables();
    book.accounts.push(makeAccount({ startedAt: '2026-01-05' }), makeAccount({ id: 'c', stage: 'churned' }));
    expect(decksDue(book, 'value_report', { from: '2026-10-05', to: '2026-10-05' }, NOW, DEFAULT_SETTINGS)).toEqual([
      { accountId: ACCOUNT_ID, accountName: 'Acme Plumbing', dueDate: '2026-02-04', lastDate: null, overdue: true },
    ]);
  });
});
