import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyGoalForm, parseGoalForm } from '../../src-core/obligations';
import type { TestServer } from '../../src-server/testing';
import { makeCaseStudy, makeGoal, makeProcess, makeRequest } from '../builders';
import {
  BACKENDS,
  Client,
  applyChanges,
  clientFields,
  makeAccount,
  makeBook,
  makeContact,
  makeFeedback,
  mid,
  start,
} from './helpers';

/**
 * Issue 16: the new row kinds (requests to clients, case studies, documented processes) and the
 * new fields (a POWER goal's approval, a feedback answer's request) sync like every other table:
 * pushed, pulled by their owner only, scoped to their account and validated.
 */
const stamp = { rev: 0, deleted: false, updatedAt: '2026-09-01T10:00:00.000Z' };

const request = (id: string, accountId: string, o: Record<string, unknown> = {}) => ({
  ...makeRequest({ id, ...stamp, accountId, trigger: 'qbr', requestedAt: '2026-09-10T15:00:00.000Z' }),
  ...o,
});
const caseStudy = (id: string, accountId: string, o: Record<string, unknown> = {}) => ({
  ...makeCaseStudy({ id, ...stamp, accountId, markedOn: '2026-09-10' }),
  ...o,
});
const processDoc = (id: string, accountId: string, o: Record<string, unknown> = {}) => ({
  ...makeProcess({ id, ...stamp, accountId, documentedOn: '2026-09-11', link: 'https://help.agency.test/audit' }),
  ...o,
});
const goal = (id: string, accountId: string) =>
  makeGoal({
    id,
    ...stamp,
    accountId,
    title: 'More booked jobs',
    metric: 'booked_jobs',
    baseline: 40,
    target: 60,
    startDate: '2026-01-10',
    valueCents: 1_200_000,
  });
const upsert = (table: string, row: Record<string, unknown>) => ({
  mutationId: mid(table),
  table,
  op: 'upsert',
  id: row.id,
  fields: clientFields(row),
});
const outcome = (r: { status: string; reason?: string; message?: string }) =>
  r.reason ? `${r.reason}: ${r.message}` : r.status;

describe.each(BACKENDS)('obligation rows sync on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let a: Client;
  let b: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    a = new Client(server.url, await server.createUser({ email: 'a@agency.test', name: 'Avery' }), 'a-laptop');
    b = new Client(server.url, await server.createUser({ email: 'b@agency.test', name: 'Blake' }), 'b-laptop');
    await server.seedBook(
      'a@agency.test',
      makeBook({
        accounts: [makeAccount('acc-a1')],
        contacts: [makeContact('a-c1', 'acc-a1')],
        goals: [goal('a-g1', 'acc-a1')],
      }),
    );
    await server.seedBook(
      'b@agency.test',
      makeBook({ accounts: [makeAccount('acc-b1')], contacts: [makeContact('b-c1', 'acc-b1')] }),
    );
  });
  afterAll(() => server.close());

  it('pushes each new row kind and an approval, and pulls them back to their owner only', async () => {
    const approval = {
      approvedBy: 'Contact a-c1',
      contactId: 'a-c1',
      approvedOn: '2026-09-12',
      method: 'email',
      note: 'Replied "approved" to the goal summary',
    };
    const results = await a.push([
      upsert('clientRequests', request('a-r1', 'acc-a1', { contactId: 'a-c1' })),
      upsert('feedback', makeFeedback('a-f1', 'acc-a1', { requestId: 'a-r1', trigger: 'qbr', nps: 10 })),
      upsert('caseStudies', caseStudy('a-cs1', 'acc-a1', { quoteFeedbackId: 'a-f1' })),
      upsert('processes', processDoc('a-p1', 'acc-a1')),
      { mutationId: mid('approve'), table: 'goals', op: 'patch', id: 'a-g1', fields: { approval } },
    ]);
    expect(results.map(outcome)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);

    const mine = applyChanges(new Map(), await a.pullAll());
    expect(mine.get('clientRequests/a-r1')).toMatchObject({ accountId: 'acc-a1', trigger: 'qbr' });
    expect(mine.get('feedback/a-f1')).toMatchObject({ requestId: 'a-r1', nps: 10 });
    expect(mine.get('caseStudies/a-cs1')).toMatchObject({ status: 'candidate', quoteFeedbackId: 'a-f1' });
    expect(mine.get('processes/a-p1')).toMatchObject({ title: 'Monthly audit checklist' });
    expect(mine.get('goals/a-g1')).toMatchObject({ approval });

    const theirs = (await b.pullAll()).changes;
    expect(theirs.filter((c) => c.id.startsWith('a-'))).toEqual([]);
  });

  it("refuses the new rows under B's account, or pointing at B's contacts, with forbidden", async () => {
    const results = await a.push([
      upsert('processes', processDoc('a-p-stolen', 'acc-b1')),
      upsert('clientRequests', request('a-r2', 'acc-a1', { contactId: 'b-c1' })),
      {
        mutationId: mid('approve'),
        table: 'goals',
        op: 'patch',
        id: 'a-g1',
        fields: {
          approval: { approvedBy: 'B', contactId: 'b-c1', approvedOn: '2026-09-12', method: 'call', note: '' },
        },
      },
    ]);
    expect(results.map(outcome)).toEqual([
      expect.stringMatching(/^forbidden: /),
      'forbidden: contactId names a row that is not in your book.',
      'forbidden: approval.contactId names a row that is not in your book.',
    ]);
    expect((await b.pullAll()).changes.some((c) => c.id === 'a-p-stolen')).toBe(false);
  });

  it('validates the new rows like every other table: a reason, no 500, the rest applied', async () => {
    const results = await a.push([
      upsert('processes', processDoc('a-p-empty', 'acc-a1', { link: '', body: '  ' })),
      upsert('caseStudies', caseStudy('a-cs-bad', 'acc-a1', { status: 'famous' })),
      upsert('clientRequests', request('a-r-bad', 'acc-a1', { requestedAt: '10000-01-01T00:00:00Z' })),
      upsert('processes', processDoc('a-p2', 'acc-a1', { link: '', body: 'Step 1: open the audit sheet' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied']);
    expect(results.slice(0, 3).map((r) => ('reason' in r ? r.reason : null))).toEqual([
      'validation',
      'validation',
      'validation',
    ]);
    expect('message' in results[0]! && results[0].message).toMatch(/link or the process/);
  });

  it('accepts a POWER goal made by the app’s form, approval and all, and refuses one under B’s account', async () => {
    const typed = {
      ...emptyGoalForm('2026-09-14'),
      title: 'Cost per lead under $40',
      metric: 'cost_per_lead' as const,
    };
    const parsed = parseGoalForm('acc-a1', { ...typed, baseline: '55', target: '$39.50', value: '18,000' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const made = { id: 'a-g-new', ...stamp, ...parsed.draft };
    const stolen = { ...made, id: 'a-g-stolen', accountId: 'acc-b1' };
    const approval = {
      approvedBy: 'Contact a-c1',
      contactId: 'a-c1',
      approvedOn: '2026-09-15',
      method: 'meeting',
      note: '',
    };
    const results = await a.push([
      upsert('goals', made),
      { mutationId: mid('approve'), table: 'goals', op: 'patch', id: 'a-g-new', fields: { approval } },
      upsert('goals', stolen),
    ]);
    expect(results.map(outcome)).toEqual(['applied', 'applied', expect.stringMatching(/^forbidden: /)]);
    const mine = applyChanges(new Map(), await a.pullAll());
    // Money metrics are stored in cents: $55 → 5500, $39.50 → 3950; the goal is worth $18,000 → 1,800,000 cents.
    expect(mine.get('goals/a-g-new')).toMatchObject({
      baseline: 5500,
      target: 3950,
      valueCents: 1_800_000,
      direction: 'lower',
      status: 'open',
      approval,
    });
    expect((await b.pullAll()).changes.some((c) => c.id === 'a-g-stolen')).toBe(false);
  });

  it('syncs a case-study deck record (the year as its period, the case study it told) into the deck history', async () => {
    const deck = {
      id: 'a-d-cs',
      ...stamp,
      accountId: 'acc-a1',
      kind: 'case_study',
      period: '2026',
      generatedAt: '2026-09-20T10:00:00.000Z',
      fileName: 'Acme — Case study 2026.pptx',
      slideCount: 7,
      sizeBytes: 58_000,
      dataHash: 'fnv1a:12:0badf00d',
      commentary: {},
      omittedSlides: [],
      includedSlides: [],
      caseStudyId: 'a-cs1',
      plan: [],
    };
    const results = await a.push([
      upsert('decks', deck),
      upsert('decks', { ...deck, id: 'a-d-bad', period: '2026-13' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    const mine = applyChanges(new Map(), await a.pullAll());
    expect(mine.get('decks/a-d-cs')).toMatchObject({ kind: 'case_study', period: '2026', caseStudyId: 'a-cs1' });
  });
});
