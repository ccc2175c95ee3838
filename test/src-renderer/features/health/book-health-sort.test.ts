import { describe, expect, it } from 'vitest';
import { nextSort, sortBook } from '../../../../src-renderer/features/book/book-rows';
import { makeBookRow } from '../builders';

describe('sorting the Book by health', () => {
  const rows = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((name, i) => makeBookRow({ id: `a${i}`, name }));
  const scores = new Map([
    ['a0', 80],
    ['a1', 42],
    ['a3', 61],
  ]);
  const ids = (r: typeof rows) => r.map((x) => x.account.id);

  it('puts the weakest accounts first, and accounts not scored yet last', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'health')).toEqual({ key: 'health', direction: 'asc' });
    expect(ids(sortBook(rows, { key: 'health', direction: 'asc' }, '2026-11-24', scores))).toEqual([
      'a1',
      'a3',
      'a0',
      'a2',
    ]);
    expect(ids(sortBook(rows, { key: 'health', direction: 'desc' }, '2026-11-24', scores))).toEqual([
      'a0',
      'a3',
      'a1',
      'a2',
    ]);
  });

  it('keeps name order while no score has arrived', () => {
    expect(ids(sortBook(rows, { key: 'health', direction: 'asc' }, '2026-11-24'))).toEqual(['a0', 'a1', 'a2', 'a3']);
  });
});
