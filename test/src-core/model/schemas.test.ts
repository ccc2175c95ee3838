import { describe, expect, it } from 'vitest';
import { parseBookFile, validateRow } from '../../../src-core/model';

const base = { id: 'n-1', rev: 0, deleted: false, updatedAt: '2026-09-01T10:00:00.000Z', accountId: 'a-1' };
const note = {
  ...base,
  body: 'Met Dana; wants more calls',
  createdAt: '2026-09-01T10:00:00.000Z',
  authorName: 'Sam',
  pinned: false,
  conflictOf: null,
};

describe('row schemas', () => {
  it('accepts a well-formed note', () => {
    expect(validateRow('notes', note)).toEqual({ ok: true, value: note });
  });

  it.each([
    ['an empty body', { body: '' }, 'body is empty'],
    ['a NUL', { body: 'a\u0000b' }, 'body contains control characters'],
    ['a lone surrogate', { body: 'broken \uD800 text' }, 'body contains broken characters'],
    ['a 2 MB note', { body: 'x'.repeat(2_000_000) }, 'body is longer than 100,000 characters'],
    ['year 10000', { createdAt: '10000-01-01T00:00:00Z' }, 'createdAt is not a date and time (ISO 8601)'],
    ['30 February', { createdAt: '2026-02-30T00:00:00Z' }, 'createdAt is not a date and time (ISO 8601)'],
    ['a string for a flag', { pinned: 'yes' }, 'pinned'],
    ['an unknown field', { color: 'red' }, 'unexpected field color'],
  ])('rejects %s with a clear reason', (_label, patch, message) => {
    const result = validateRow('notes', { ...note, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('; ')).toContain(message);
  });

  // The Gregorian rule: every fourth year is a leap year, but not a century unless it divides by 400.
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2026-02-28', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-01-32', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['1899-12-31', false],
    ['2200-12-31', true],
  ])('a time entry dated %s is %s', (date, valid) => {
    const entry = { ...base, date, minutes: 30, category: 'prep', note: '' };
    const result = validateRow('timeEntries', entry);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.problems).toEqual(['date is not a date (YYYY-MM-DD)']);
  });

  it('rejects NaN, fractional cents and negative minutes', () => {
    const invoice = {
      ...base,
      number: 'INV-1',
      issuedAt: '2026-09-01',
      dueDate: '2026-09-15',
      amountCents: 1.5,
      paidAt: null,
    };
    expect(validateRow('invoices', invoice)).toMatchObject({
      ok: false,
      problems: ['amountCents must be whole cents'],
    });
    const entry = { ...base, date: '2026-09-01', minutes: -5, category: 'prep', note: '' };
    expect(validateRow('timeEntries', entry)).toMatchObject({
      ok: false,
      problems: ['minutes must be at least one minute'],
    });
    const goal = {
      ...base,
      title: 'More leads',
      metric: 'leads',
      channel: 'all',
      baseline: Number.NaN,
      target: 40,
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      status: 'open',
      achievedAt: null,
      valueCents: 100,
      note: '',
    };
    expect(validateRow('goals', goal).ok).toBe(false);
  });

  it('requires metric series arrays to line up with their dates', () => {
    const series = {
      ...base,
      metric: 'leads',
      channel: 'all',
      year: 2026,
      dates: ['2026-01-05', '2026-01-12'],
      values: [3],
      targets: [4, 4],
    };
    const result = validateRow('metrics', series);
    expect(result).toMatchObject({
      ok: false,
      problems: ['values dates, values and targets must have the same length'],
    });
  });
});

describe('book file', () => {
  const owner = { id: 'u-1', email: 'sam@agency.test', name: 'Sam', role: 'csm' };
  const account = {
    id: 'a-1',
    rev: 1,
    deleted: false,
    updatedAt: '2026-09-01T10:00:00.000Z',
    name: 'Bright Smiles Dental',
    industry: 'Dental',
    tier: 'gold',
    stage: 'active',
    ownerId: 'u-1',
    ownerName: 'Sam',
    city: 'Austin',
    region: 'TX',
    website: '',
    timezone: 'America/Chicago',
    startedAt: '2025-01-01',
    churnedAt: null,
    pulse: 4,
    signals: [],
  };

  it('reads a valid book', () => {
    const parsed = parseBookFile({
      format: 'fieldbook-book/1',
      exportedAt: '2026-09-01T00:00:00Z',
      owner,
      tables: { accounts: [account], notes: [note] },
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.book.tables.notes).toHaveLength(1);
  });

  it('names every wrong row and accepts none of them', () => {
    const parsed = parseBookFile({
      format: 'fieldbook-book/1',
      exportedAt: '2026-09-01T00:00:00Z',
      owner,
      tables: {
        accounts: [account],
        notes: [note, { ...note, id: 'n-2', body: '' }, { ...note, id: 'n-3', accountId: 'ghost' }],
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.rowProblems).toEqual([{ table: 'notes', index: 2, rowId: 'n-2', problems: ['body is empty'] }]);
    expect(parsed.fileProblems).toEqual(['notes row "n-3" names account "ghost", which is not in the book.']);
  });

  it('refuses files that are not books', () => {
    expect(parseBookFile([1, 2])).toMatchObject({
      ok: false,
      fileProblems: ['The file is not a Fieldbook book (expected a JSON object).'],
    });
    expect(parseBookFile({ format: 'csv' })).toMatchObject({ ok: false });
  });
});
