import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLoad } from '../../src-server/admin/commands';
import { conflictCopyId, decideImportedRow, type ImportRow } from '../../src-server/admin/import-rules';
import { seedDemo } from '../../src-server/admin/seed-demo';
import type { TestServer } from '../../src-server/testing';
import { BACKENDS, type Client, NOW, makeAccount, makeBook, makeNote, makeTask, mid, signIn, start } from './helpers';

/**
 * Issue 12, finding 3: re-seeding or re-importing undid CSMs' work. Admin writes now follow the
 * push rules through one function, decideImportedRow.
 */
const note = (id: string, data: Record<string, unknown> = {}): ImportRow => ({
  table: 'notes',
  id,
  accountId: 'a',
  deleted: false,
  data: { id, body: 'File text', rev: 0, ...data },
});
const stored = (
  data: Record<string, unknown>,
  over: Partial<{ rev: number; deleted: boolean; clientId: string | null }> = {},
) => ({
  accountId: 'a',
  rev: 10,
  deleted: false,
  clientId: null,
  data,
  ...over,
});

describe('decideImportedRow', () => {
  it.each([
    ['a new row is written', note('n'), undefined, false, { kind: 'write' }],
    [
      'an identical row is left alone',
      note('n'),
      stored({ id: 'n', body: 'File text', rev: 10 }),
      false,
      { kind: 'unchanged' },
    ],
    [
      'an earlier import of a file without revisions is replaced',
      note('n', { body: 'New text' }),
      stored({ id: 'n', body: 'File text' }),
      false,
      { kind: 'write' },
    ],
    [
      'a row a laptop changed is kept, and the file text becomes a conflict copy',
      note('n', { body: 'New text' }),
      stored({ id: 'n', body: 'CSM text' }, { clientId: 'laptop' }),
      false,
      {
        kind: 'skip',
        reason: 'changed_on_server',
        keepTextAs: conflictCopyId({ id: 'n', data: { body: 'New text' } }),
      },
    ],
    [
      'a tombstone is never brought back',
      note('n'),
      stored({ id: 'n', body: 'File text' }, { deleted: true, clientId: 'laptop' }),
      false,
      { kind: 'skip', reason: 'deleted_on_server' },
    ],
    [
      'nothing is added under a deleted account',
      note('n'),
      undefined,
      true,
      { kind: 'skip', reason: 'account_deleted' },
    ],
    [
      'a row exported at rev 10 may replace rev 10',
      note('n', { body: 'Edited in the file', rev: 10 }),
      stored({ id: 'n', body: 'CSM text' }, { clientId: 'laptop' }),
      false,
      { kind: 'write' },
    ],
    [
      'a row exported at rev 9 may not replace rev 10',
      { ...note('n', { rev: 9 }), table: 'tasks' as const },
      stored({ id: 'n', body: 'CSM text' }, { clientId: 'laptop' }),
      false,
      { kind: 'skip', reason: 'changed_on_server' },
    ],
  ])('%s', (_, row, before, accountDeleted, decision) => {
    expect(decideImportedRow(row, before, accountDeleted)).toEqual(decision);
  });
});

describe.each(BACKENDS)('re-importing and re-seeding after CSMs worked on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: Client;
  let lead: Client;
  const book = makeBook({
    accounts: [makeAccount('acc-1'), makeAccount('acc-2')],
    notes: [
      makeNote('n-1', 'acc-1', { body: 'Original' }),
      makeNote('n-2', 'acc-1', { body: 'To be deleted' }),
      makeNote('n-3', 'acc-2', { body: 'Under the deleted account' }),
    ],
    tasks: [makeTask('t-1', 'acc-1', { title: 'Send audit' })],
  });

  beforeAll(async () => {
    server = await start(databaseUrl);
    lead = await signIn(server, { email: 'lou@agency.test', name: 'Lou', role: 'lead' });
    sam = await signIn(server, { email: 'sam@agency.test', name: 'Sam', lead: 'lou@agency.test' });
    await server.seedBook('sam@agency.test', book);
    const rev = (await sam.pullAll()).changes.find((c) => c.id === 'n-1')!.rev;
    const results = [
      ...(await sam.push([
        { mutationId: mid(), table: 'notes', op: 'patch', id: 'n-1', fields: { body: "Sam's wording" }, baseRev: rev },
        { mutationId: mid(), table: 'notes', op: 'delete', id: 'n-2', fields: {} },
        { mutationId: mid(), table: 'tasks', op: 'patch', id: 't-1', fields: { title: 'Send the audit today' } },
      ])),
      ...(await lead.push([{ mutationId: mid(), table: 'accounts', op: 'delete', id: 'acc-2', fields: {} }])),
    ];
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  });
  afterAll(() => server.close());

  const samsBook = async () => {
    const rows = new Map<string, Record<string, unknown>>();
    for (const c of (await sam.pullAll()).changes) if (!c.deleted) rows.set(`${c.table}/${c.id}`, c.row!);
    return rows;
  };

  it('keeps the edits and the deletes, keeps the file text as a conflict copy, and says what it skipped', async () => {
    const summary = await server.seedBook('sam@agency.test', book);
    const copyId = conflictCopyId({ id: 'n-1', data: { body: 'Original' } });
    expect(summary).toMatchObject({ written: 1, unchanged: 1, conflictCopies: [{ id: 'n-1', copyId }] });
    expect(summary.skipped).toEqual([
      { table: 'accounts', id: 'acc-2', reason: 'deleted_on_server' },
      { table: 'notes', id: 'n-1', reason: 'changed_on_server' },
      { table: 'notes', id: 'n-2', reason: 'deleted_on_server' },
      { table: 'notes', id: 'n-3', reason: 'deleted_on_server' },
      { table: 'tasks', id: 't-1', reason: 'changed_on_server' },
    ]);
    expect(describeLoad(summary, 'sam@agency.test').split('\n')).toEqual([
      '2 accounts for sam@agency.test: 1 rows written, 1 unchanged.',
      'Skipped 3 rows deleted on the server (deletes are never undone): accounts/acc-2, notes/n-2, notes/n-3.',
      "Skipped 2 rows changed on the server after this file's version: notes/n-1, tasks/t-1.",
      `Kept the file's text of 1 note as conflict copies: notes/n-1 → notes/${copyId}.`,
    ]);
    const rows = await samsBook();
    expect([...rows.keys()].sort()).toEqual(['accounts/acc-1', `notes/${copyId}`, 'notes/n-1', 'tasks/t-1']);
    expect(rows.get('notes/n-1')).toMatchObject({ body: "Sam's wording" });
    expect(rows.get(`notes/${copyId}`)).toMatchObject({ body: 'Original', conflictOf: 'n-1', accountId: 'acc-1' });
    expect(rows.get('tasks/t-1')).toMatchObject({ title: 'Send the audit today' });
  });

  it('changes nothing when the same file is imported again, and never brings back a deleted copy', async () => {
    const again = await server.seedBook('sam@agency.test', book);
    expect([again.written, again.rev, again.conflictCopies]).toEqual([0, null, []]);
    const copyId = conflictCopyId({ id: 'n-1', data: { body: 'Original' } });
    await sam.push([{ mutationId: mid(), table: 'notes', op: 'delete', id: copyId, fields: {} }]);
    const third = await server.seedBook('sam@agency.test', book);
    expect(third.written).toBe(0);
    expect((await samsBook()).has(`notes/${copyId}`)).toBe(false);
  });

  it('lets a book exported from this server replace rows no one changed since, and only those', async () => {
    const exported = await server.exportBook('sam@agency.test');
    // Sam edits the task after the export; the admin edits the note and the task in the file.
    await sam.push([{ mutationId: mid(), table: 'tasks', op: 'patch', id: 't-1', fields: { status: 'done' } }]);
    const edited = structuredClone(exported);
    edited.tables.notes.find((n) => n.id === 'n-1')!.body = 'Fixed by the admin';
    edited.tables.tasks.find((t) => t.id === 't-1')!.title = 'Renamed by the admin';
    const summary = await server.seedBook('sam@agency.test', edited);
    expect(summary.written).toBe(1);
    expect(summary.skipped).toContainEqual({ table: 'tasks', id: 't-1', reason: 'changed_on_server' });
    const rows = await samsBook();
    expect(rows.get('notes/n-1')).toMatchObject({ body: 'Fixed by the admin' });
    expect(rows.get('tasks/t-1')).toMatchObject({ title: 'Send the audit today', status: 'done' });
  });
});

describe.each(BACKENDS)('re-seeding the demo book on $name', ({ databaseUrl }) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await start(databaseUrl);
  });
  afterAll(() => server.close());

  it("never reverts a CSM's edit or brings back what they deleted", async () => {
    const sam = await signIn(server, { email: 'sam@agency.test', name: 'Sam' });
    const input = { ownerEmail: 'sam@agency.test', accounts: 2, seed: 'rules', asOf: '2026-09-14' };
    const first = await seedDemo(server.db, input, NOW);
    expect(first.written).toBeGreaterThan(100);
    const pulled = (await sam.pullAll()).changes.filter((c) => c.table === 'notes');
    const [edited, removed] = pulled;
    await sam.push([
      {
        mutationId: mid(),
        table: 'notes',
        op: 'patch',
        id: edited!.id,
        fields: { body: 'Mine' },
        baseRev: edited!.rev,
      },
      { mutationId: mid(), table: 'notes', op: 'delete', id: removed!.id, fields: {} },
    ]);
    const again = await seedDemo(server.db, input, NOW);
    expect(again.written).toBe(1);
    expect(again.conflictCopies).toEqual([{ id: edited!.id, copyId: expect.stringMatching(/^conflict-/) }]);
    expect(again.skipped).toEqual(
      expect.arrayContaining([
        { table: 'notes', id: edited!.id, reason: 'changed_on_server' },
        { table: 'notes', id: removed!.id, reason: 'deleted_on_server' },
      ]),
    );
    const notes = new Map((await sam.pullAll()).changes.filter((c) => c.table === 'notes').map((c) => [c.id, c]));
    expect(notes.get(edited!.id)!.row).toMatchObject({ body: 'Mine' });
    expect(notes.has(removed!.id)).toBe(false);
    expect((await seedDemo(server.db, input, NOW)).written).toBe(0);
  });
});
