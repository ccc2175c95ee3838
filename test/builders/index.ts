import {
  BOOK_FORMAT,
  emptyBookTables,
  type Account,
  type BookFile,
  type BookTables,
  type MetricSeries,
} from '../../src-core/model';

/**
 * The one place that knows the whole shape of each row (STYLE rule 12): every suite's builders
 * call these with the defaults that matter to it, so a field added to the model is added here
 * once. Every row built with no overrides is valid by its schema.
 */

const STAMP = { rev: 1, deleted: false, updatedAt: '2026-09-01T00:00:00.000Z' };

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return {
    ...STAMP,
    id: 'a-1',
    name: 'Bright Smiles Dental',
    industry: 'Dental',
    tier: 'gold',
    stage: 'active',
    ownerId: 'u-1',
    ownerName: 'Sam Rivera',
    city: 'Austin',
    region: 'TX',
    website: '',
    timezone: 'America/Chicago',
    startedAt: '2025-01-06',
    churnedAt: null,
    pulse: 4,
    signals: [],
    ...overrides,
  };
}

export function makeSeries(overrides: Partial<MetricSeries> = {}): MetricSeries {
  return {
    ...STAMP,
    id: 'ms-1',
    accountId: 'a-1',
    metric: 'leads',
    channel: 'all',
    year: 2026,
    dates: [],
    values: [],
    targets: [],
    ...overrides,
  };
}

/** The Mondays from `firstMonday`, one per value: the dates of a weekly series. */
export function weeklyDates(firstMonday: string, count: number): string[] {
  const start = Date.parse(`${firstMonday}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
}

/** A `fieldbook-book/1` file with the given rows; tables not named are empty. */
export function makeBook(tables: Partial<BookTables>, overrides: Partial<Omit<BookFile, 'tables'>> = {}): BookFile {
  return {
    format: BOOK_FORMAT,
    exportedAt: '2026-09-01T00:00:00.000Z',
    owner: { id: 'u-sam', email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' },
    ...overrides,
    tables: { ...emptyBookTables(), ...tables },
  };
}
export * from './local';
export * from './obligations';
export * from './rows';
