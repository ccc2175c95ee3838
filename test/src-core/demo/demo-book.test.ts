import { describe, expect, it } from 'vitest';
import { DEMO_OWNER, DEMO_SEED, generateDemoBook } from '../../../src-core/demo';
import { KID_NAMES, SPOUSE_NAMES } from '../../../src-core/demo/catalog/people';
import { TABLE_NAMES, parseBookFile, validateRow, type AnyRow } from '../../../src-core/model';
import { AS_OF, NOW, OWNER, addDays, demoBook } from './fixture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo book: same seed, same book', () => {
  it('gives byte-identical books for the same options', () => {
    const a = generateDemoBook({ seed: 7, asOf: AS_OF, owner: OWNER, accounts: 12 });
    const b = generateDemoBook({ seed: 7, asOf: AS_OF, owner: OWNER, accounts: 12 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a different book for a different seed', () => {
    const a = generateDemoBook({ seed: 7, asOf: AS_OF, owner: OWNER, accounts: 12 });
    const b = generateDemoBook({ seed: 8, asOf: AS_OF, owner: OWNER, accounts: 12 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    const namesA = a.tables.accounts.map((x) => x.name).sort();
    const namesB = b.tables.accounts.map((x) => x.name).sort();
    expect(namesA).not.toEqual(namesB);
  });

  it('treats the numeric and text forms of a seed alike', () => {
    const a = generateDemoBook({ seed: 42, asOf: AS_OF, owner: OWNER, accounts: 3 });
    const b = generateDemoBook({ seed: '42', asOf: AS_OF, owner: OWNER, accounts: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('refuses options it cannot honour, with the reason', () => {
    expect(() => generateDemoBook({ seed: 1, asOf: '20/11/2026', owner: OWNER })).toThrow('asOf as YYYY-MM-DD');
    expect(() => generateDemoBook({ seed: 1, asOf: AS_OF, owner: OWNER, accounts: -1 })).toThrow(
      '0 to 10,000 accounts',
    );
    expect(() => generateDemoBook({ seed: 1, asOf: AS_OF, owner: OWNER, years: 0 })).toThrow('1 to 10 years');
  });
});

describe('demo book: every row passes the schemas', () => {
  it.each([
    { seed: 'fieldbook-demo', asOf: AS_OF, years: 2 },
    { seed: 3, asOf: '2026-01-05', years: 1 },
    { seed: 'weekend', asOf: '2026-06-13', years: 3 },
  ])('seed $seed, as of $asOf, $years years', (options) => {
    const book = demoBook(options);
    const parsed = parseBookFile(JSON.parse(JSON.stringify(book)));
    if (!parsed.ok)
      expect({ fileProblems: parsed.fileProblems, rowProblems: parsed.rowProblems.slice(0, 5) }).toEqual({});
    expect(parsed.ok).toBe(true);
    for (const table of TABLE_NAMES) {
      for (const row of book.tables[table] as AnyRow[]) {
        const checked = validateRow(table, row);
        if (!checked.ok) expect({ table, id: row.id, problems: checked.problems }).toBeNull();
      }
    }
  });

  it.each([0, 1, 2, 5])('holds together for a tiny book of %i accounts', (accounts) => {
    const book = generateDemoBook({ seed: 'tiny', asOf: AS_OF, owner: OWNER, accounts });
    expect(book.tables.accounts).toHaveLength(accounts);
    expect(parseBookFile(JSON.parse(JSON.stringify(book))).ok).toBe(true);
  });

  it('opens with the default demo seed and owner', () => {
    const book = generateDemoBook({ seed: DEMO_SEED, asOf: AS_OF, owner: DEMO_OWNER, accounts: 3 });
    expect(book.owner).toEqual(DEMO_OWNER);
    expect(parseBookFile(book).ok).toBe(true);
  });

  it('is a fieldbook-book/1 file exported at noon on the as-of day for its owner', () => {
    const book = demoBook();
    expect(book.format).toBe('fieldbook-book/1');
    expect(book.exportedAt).toBe(NOW);
    expect(book.owner).toEqual(OWNER);
    expect(book.tables.accounts.every((a) => a.ownerId === OWNER.id && a.ownerName === OWNER.name)).toBe(true);
  });

  it('has unsynced rows only: revision 0, not deleted, last touched no later than the export', () => {
    const book = demoBook();
    const rows = TABLE_NAMES.flatMap((t) => book.tables[t] as AnyRow[]);
    expect(rows.length).toBeGreaterThan(5_000);
    expect(rows.filter((r) => r.rev !== 0 || r.deleted)).toEqual([]);
    expect(rows.filter((r) => r.updatedAt > NOW).map((r) => r.updatedAt)).toEqual([]);
  });

  it('gives every row a unique UUID', () => {
    const book = demoBook();
    const ids = TABLE_NAMES.flatMap((t) => (book.tables[t] as AnyRow[]).map((r) => r.id));
    expect(ids.filter((id) => !UUID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('demo book: the accounts of a marketing agency', () => {
  const book = demoBook();
  const { accounts, contracts, contacts } = book.tables;

  it('has 40 accounts with distinct names across at least eight industries', () => {
    expect(accounts).toHaveLength(40);
    expect(new Set(accounts.map((a) => a.name)).size).toBe(40);
    expect(new Set(accounts.map((a) => a.industry)).size).toBeGreaterThanOrEqual(8);
    expect(
      accounts.every((a) => /^https:\/\/www\.[a-z0-9]+\.com$/.test(a.website) && a.city && a.region.length === 2),
    ).toBe(true);
  });

  it('has a few onboarding accounts that started in the last 30 days', () => {
    const onboarding = accounts.filter((a) => a.stage === 'onboarding');
    expect(onboarding.length).toBeGreaterThanOrEqual(2);
    expect(onboarding.length).toBeLessThanOrEqual(4);
    for (const a of onboarding) expect(a.startedAt >= addDays(AS_OF, -30) && a.startedAt <= AS_OF).toBe(true);
  });

  it('has one or two accounts churned in the past year, and only those have a churn date', () => {
    const churned = accounts.filter((a) => a.stage === 'churned');
    expect(churned.length).toBeGreaterThanOrEqual(1);
    expect(churned.length).toBeLessThanOrEqual(2);
    for (const a of churned) expect(a.churnedAt! >= addDays(AS_OF, -365) && a.churnedAt! < AS_OF).toBe(true);
    expect(accounts.filter((a) => a.stage !== 'churned' && a.churnedAt !== null)).toEqual([]);
    expect(
      new Set(accounts.filter((a) => a.stage !== 'churned' && a.stage !== 'onboarding').map((a) => a.stage)),
    ).toEqual(new Set(['active', 'renewing']));
  });

  it('gives every live account one active contract of $1,000–$12,000 a month renewing in the next 12 months', () => {
    for (const account of accounts.filter((a) => a.stage !== 'churned')) {
      const active = contracts.filter((c) => c.accountId === account.id && c.status === 'active');
      expect(active).toHaveLength(1);
      const contract = active[0]!;
      expect(contract.monthlyValueCents).toBeGreaterThanOrEqual(100_000);
      expect(contract.monthlyValueCents).toBeLessThanOrEqual(1_200_000);
      expect(contract.renewalDate > AS_OF).toBe(true);
      expect(contract.renewalDate <= addDays(AS_OF, 366)).toBe(true);
      expect(contract.services.length).toBeGreaterThan(0);
      const expectedTier =
        contract.monthlyValueCents >= 800_000
          ? 'platinum'
          : contract.monthlyValueCents >= 500_000
            ? 'gold'
            : contract.monthlyValueCents >= 250_000
              ? 'silver'
              : 'bronze';
      expect(account.tier).toBe(expectedTier);
    }
  });

  it('spreads renewals over the year and keeps earlier renewed contracts for older clients', () => {
    const renewals = contracts.filter((c) => c.status === 'active').map((c) => c.renewalDate.slice(0, 7));
    expect(new Set(renewals).size).toBeGreaterThanOrEqual(8);
    expect(contracts.filter((c) => c.status === 'renewed').length).toBeGreaterThanOrEqual(15);
    const churnedIds = new Set(accounts.filter((a) => a.stage === 'churned').map((a) => a.id));
    expect(contracts.filter((c) => c.status === 'cancelled').every((c) => churnedIds.has(c.accountId))).toBe(true);
  });

  it('gives each account 2 to 5 contacts, exactly one primary, with personal details', () => {
    for (const account of accounts) {
      const people = contacts.filter((c) => c.accountId === account.id);
      expect(people.length).toBeGreaterThanOrEqual(2);
      expect(people.length).toBeLessThanOrEqual(5);
      expect(people.filter((c) => c.isPrimary)).toHaveLength(1);
      expect(people.some((c) => c.role === 'decision_maker')).toBe(true);
    }
    expect(
      contacts.every((c) => /^[a-z.]+@[a-z0-9]+\.com$/.test(c.email) && /^\(\d{3}\) 555-01\d{2}$/.test(c.phone)),
    ).toBe(true);
    expect(contacts.filter((c) => c.birthday !== null).length / contacts.length).toBeGreaterThan(0.6);
    expect(contacts.filter((c) => c.family !== '').length / contacts.length).toBeGreaterThan(0.6);
    // No family line twice at one client, and across the book no line is used by more than one contact in 12
    // and the stories vary (at least 10 shapes once the names are taken out; there used to be 4).
    for (const account of accounts) {
      const lines = contacts.filter((c) => c.accountId === account.id && c.family !== '').map((c) => c.family);
      expect(new Set(lines).size).toBe(lines.length);
    }
    const uses = new Map<string, number>();
    for (const c of contacts) if (c.family) uses.set(c.family, (uses.get(c.family) ?? 0) + 1);
    expect(Math.max(...uses.values()) / contacts.length).toBeLessThan(1 / 12);
    const names = new RegExp(`\\b(${[...SPOUSE_NAMES, ...KID_NAMES].join('|')})\\b`, 'g');
    expect(new Set([...uses.keys()].map((line) => line.replace(names, '_'))).size).toBeGreaterThanOrEqual(10);
    expect(contacts.every((c) => c.interests !== '')).toBe(true);
  });

  it('plants the warning and expansion signals and one health override', () => {
    const kinds = accounts.flatMap((a) => a.signals.map((s) => s.kind));
    expect(kinds).toEqual(
      expect.arrayContaining(['competitor_interest', 'cancellation_threat', 'scaling_business', 'capacity_limit']),
    );
    const growing = accounts.find((a) => a.signals.some((s) => s.kind === 'scaling_business'))!;
    expect(growing.signals.map((s) => s.kind)).toContain('capacity_limit');
    expect(book.tables.healthOverrides).toHaveLength(1);
    expect(book.tables.healthOverrides[0]!.expiresAt > AS_OF).toBe(true);
  });
});
