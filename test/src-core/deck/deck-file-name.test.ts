import { describe, expect, it } from 'vitest';
import { deckFileName, deckFileNames } from '../../../src-core/deck';

describe('deck file names', () => {
  it('names the account, deck and period', () => {
    expect(deckFileName('Acme Plumbing', 'qbr', '2026-Q3')).toBe('Acme Plumbing — QBR 2026-Q3.pptx');
    expect(deckFileName('Acme Plumbing', 'value_report', '2026-09')).toBe('Acme Plumbing — Value report 2026-09.pptx');
  });

  it('is safe on Windows, macOS and Linux', () => {
    expect(deckFileName('A/B: "C" <D>|E?*\\F', 'qbr', '2026-Q3')).toBe('A-B- -C- -D--E---F — QBR 2026-Q3.pptx');
    expect(deckFileName('..hidden.', 'qbr', '2026-Q3')).toBe('hidden — QBR 2026-Q3.pptx');
    expect(deckFileName('\u0000\u0007  ', 'qbr', '2026-Q3')).toBe('Account — QBR 2026-Q3.pptx');
    const long = deckFileName('Ü'.repeat(300), 'qbr', '2026-Q3');
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(255);
  });

  it('refuses a period that is not a quarter or month', () => {
    expect(() => deckFileName('Acme', 'qbr', '2026')).toThrow('not a deck period');
  });
});

describe('deck file names for a folder of decks', () => {
  it('gives accounts named alike distinct files, each tagged with its account id', () => {
    const accounts = [
      { id: 'acc-1', name: 'Twin' },
      { id: 'acc-2', name: 'Twin' },
      { id: 'acc-3', name: 'A/B' },
      { id: 'acc-4', name: 'A:B' },
      { id: 'acc-5', name: 'ACME' },
      { id: 'acc-6', name: 'acme' },
      { id: 'acc-7', name: 'Solo' },
    ];
    expect(deckFileNames(accounts, 'qbr', '2026-Q3')).toEqual([
      'Twin (acc-1) — QBR 2026-Q3.pptx',
      'Twin (acc-2) — QBR 2026-Q3.pptx',
      'A-B (acc-3) — QBR 2026-Q3.pptx',
      'A-B (acc-4) — QBR 2026-Q3.pptx',
      // macOS and Windows would store these two as one file.
      'ACME (acc-5) — QBR 2026-Q3.pptx',
      'acme (acc-6) — QBR 2026-Q3.pptx',
      'Solo — QBR 2026-Q3.pptx',
    ]);
  });

  it('does not depend on the order of the accounts, and numbers whatever still clashes', () => {
    const names = deckFileNames(
      [
        { id: 'x:1', name: 'Twin' },
        { id: 'x/1', name: 'Twin' },
      ],
      'value_report',
      '2026-09',
    );
    expect(names).toEqual(['Twin (x-1) — Value report 2026-09.pptx', 'Twin (x-1) — Value report 2026-09 2.pptx']);
    const reversed = deckFileNames(
      [
        { id: 'acc-2', name: 'Twin' },
        { id: 'acc-1', name: 'Twin' },
      ],
      'qbr',
      '2026-Q3',
    );
    expect(reversed).toEqual(['Twin (acc-2) — QBR 2026-Q3.pptx', 'Twin (acc-1) — QBR 2026-Q3.pptx']);
  });
});
