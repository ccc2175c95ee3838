import { describe, expect, it } from 'vitest';
import { deckFileName } from '../../../src-core/deck';

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
