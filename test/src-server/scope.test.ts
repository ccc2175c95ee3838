import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  Client,
  applyChanges,
  clientFields,
  makeAccount,
  makeBook,
  makeContact,
  makeFeedback,
  makeNote,
  makeTask,
  mid,
  start,
} from './helpers';

describe.each(BACKENDS)('books kept apart on $name', ({ databaseUrl }) => {
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
        accounts: [makeAccount('acc-a1'), makeAccount('acc-a2')],
        notes: [makeNote('a-n1', 'acc-a1'), makeNote('a2-n1', 'acc-a2', { body: 'Renewal talk' })],
        tasks: [makeTask('a2-t1', 'acc-a2')],
      }),
    );
    await server.seedBook(
      'b@agency.test',
      makeBook({
        accounts: [makeAccount('acc-b1')],
        notes: [makeNote('b-n1', 'acc-b1', { body: "Blake's secret" })],
        tasks: [makeTask('b-t1', 'acc-b1')],
        contacts: [makeContact('b-c1', 'acc-b1')],
      }),
    );
  });
  afterAll(() => server.close());

  it("refuses every write naming B's account or rows with forbidden, logs it, and applies the rest (RELIABILITY 16)", async () => {
    const before = await b.pullAll();
    const results = await a.push([
      { mutationId: 'steal-patch', table: 'notes', op: 'patch', id: 'b-n1', fields: { body: 'overwritten by A' } },
      { mutationId: 'steal-delete', table: 'tasks', op: 'delete', id: 'b-t1', fields: {} },
      {
        mutationId: 'steal-create',
        table: 'notes',
        op: 'upsert',
        id: 'planted',
        fields: clientFields(makeNote('planted', 'acc-b1')),
      },
      { mutationId: 'steal-move', table: 'notes', op: 'patch', id: 'a-n1', fields: { accountId: 'acc-b1' } },
      { mutationId: 'steal-account', table: 'accounts', op: 'patch', id: 'acc-b1', fields: { name: 'Mine now' } },
      {
        mutationId: 'steal-ghost',
        table: 'notes',
        op: 'upsert',
        id: 'ghost-n',
        fields: clientFields(makeNote('ghost-n', 'no-such-account')),
      },
      { mutationId: 'honest', table: 'notes', op: 'patch', id: 'a-n1', fields: { pinned: true } },
    ]);
    expect(results.map((r) => ('reason' in r ? r.reason : r.status))).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'applied',
    ]);
    const after = await b.pullAll();
    expect(after.changes).toEqual(before.changes);
    const logged = server.logs.filter((l) => l.event === 'push.rejected').map((l) => [l.mutationId, l.reason]);
    expect(logged).toEqual(
      expect.arrayContaining([
        ['steal-patch', 'forbidden'],
        ['steal-move', 'forbidden'],
        ['steal-ghost', 'forbidden'],
      ]),
    );
    const aRows = (await a.pullAll()).changes;
    expect(aRows.find((c) => c.id === 'a-n1')!.row).toMatchObject({ accountId: 'acc-a1', pinned: true });
    expect(aRows.some((c) => c.id === 'planted')).toBe(false);
  });

  it("refuses rows that point at B's contacts or notes, but allows ids not created yet", async () => {
    const results = await a.push([
      {
        mutationId: mid(),
        table: 'feedback',
        op: 'upsert',
        id: 'a-f1',
        fields: clientFields(makeFeedback('a-f1', 'acc-a1', { contactId: 'b-c1' })),
      },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n1', fields: { conflictOf: 'b-n1' } },
      {
        mutationId: mid(),
        table: 'feedback',
        op: 'upsert',
        id: 'a-f2',
        fields: clientFields(makeFeedback('a-f2', 'acc-a1', { contactId: 'contact-made-offline' })),
      },
    ]);
    expect(results.map((r) => ('reason' in r ? `${r.reason}: ${r.message}` : r.status))).toEqual([
      'forbidden: contactId names a row that is not in your book.',
      'forbidden: conflictOf names a row that is not in your book.',
      'applied',
    ]);
  });

  it('never writes a token to the logs, and stores only its hash', async () => {
    const token = a.token;
    expect(JSON.stringify(server.logs)).not.toContain(token);
    const users = await server.db.query<Record<string, unknown>>('SELECT * FROM users');
    expect(JSON.stringify(users)).not.toContain(token);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(token).digest('hex');
    expect(users.find((u) => u.email === 'a@agency.test')!.token_hash).toBe(hash);
  });

  it("removes a reassigned account from A's next pull, refuses A's offline edits out_of_scope, leaves B's data alone (RELIABILITY 17)", async () => {
    const aState = applyChanges(new Map(), await a.pullAll());
    const aCursor = (await a.pullAll()).cursor;
    const bFirst = await b.pullAll();
    const bState = applyChanges(new Map(), bFirst);
    expect(aState.has('notes/a2-n1')).toBe(true);

    await server.reassign('acc-a2', 'b@agency.test');

    // A was offline with edits to the moved account, and one to an account A still owns.
    const results = await a.push([
      {
        mutationId: mid(),
        table: 'notes',
        op: 'patch',
        id: 'a2-n1',
        fields: { body: 'Edited on the plane' },
        baseRev: 1,
      },
      {
        mutationId: mid(),
        table: 'tasks',
        op: 'upsert',
        id: 'a2-t-new',
        fields: clientFields(makeTask('a2-t-new', 'acc-a2')),
      },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n1', fields: { body: 'Still mine' } },
    ]);
    expect(results.map((r) => ('reason' in r ? r.reason : r.status))).toEqual([
      'out_of_scope',
      'out_of_scope',
      'applied',
    ]);
    expect(results[0]).toMatchObject({ message: 'This account is no longer in your book.' });

    const aNext = await a.pullAll(aCursor);
    expect(aNext.removed).toEqual(['acc-a2']);
    expect(aNext.changes.map((c) => c.id)).toEqual(['a-n1']);
    applyChanges(aState, aNext);
    expect([...aState.keys()].sort()).toEqual(['accounts/acc-a1', 'feedback/a-f2', 'notes/a-n1']);

    const bNext = await b.pullAll(bFirst.cursor);
    expect(bNext.removed).toEqual([]);
    applyChanges(bState, bNext);
    expect([...bState.keys()].sort()).toEqual([
      'accounts/acc-a2',
      'accounts/acc-b1',
      'contacts/b-c1',
      'notes/a2-n1',
      'notes/b-n1',
      'tasks/a2-t1',
      'tasks/b-t1',
    ]);
    expect(bState.get('notes/a2-n1')).toMatchObject({ body: 'Renewal talk' });
    expect(bState.get('accounts/acc-a2')).toMatchObject({ ownerName: 'Blake' });
    expect(bState.get('notes/b-n1')).toMatchObject({ body: "Blake's secret" });
  });

  it('lets B, the new owner, edit the moved account', async () => {
    const [r] = await b.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a2-n1', fields: { pinned: true } },
    ]);
    expect(r!.status).toBe('applied');
  });
});

describe.each(BACKENDS)("a lead's book on $name", ({ databaseUrl }) => {
  let server: TestServer;
  let lead: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    lead = new Client(server.url, await server.createUser({ email: 'lead@agency.test', name: 'Lou', role: 'lead' }));
    await server.createUser({ email: 'team@agency.test', name: 'Tam', lead: 'lead@agency.test' });
    await server.createUser({ email: 'other@agency.test', name: 'Oz' });
    await server.seedBook(
      'team@agency.test',
      makeBook({ accounts: [makeAccount('team-a')], tasks: [makeTask('team-t', 'team-a')] }),
    );
    await server.seedBook(
      'other@agency.test',
      makeBook({ accounts: [makeAccount('other-a')], tasks: [makeTask('other-t', 'other-a')] }),
    );
  });
  afterAll(() => server.close());

  it("lets a lead edit the team's accounts and create accounts of their own, but not touch other teams'", async () => {
    const results = await lead.push([
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 'team-t', fields: { status: 'done' } },
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 'other-t', fields: { status: 'done' } },
      { mutationId: mid(), table: 'accounts', op: 'upsert', id: 'lead-a', fields: clientFields(makeAccount('lead-a')) },
    ]);
    expect(results.map((r) => ('reason' in r ? r.reason : r.status))).toEqual(['applied', 'forbidden', 'applied']);
    const book = await lead.pullAll();
    expect(book.changes.map((c) => c.id).sort()).toEqual(['lead-a', 'team-a', 'team-t']);
    expect(book.changes.find((c) => c.id === 'lead-a')!.row).toMatchObject({ ownerName: 'Lou' });
  });
});
