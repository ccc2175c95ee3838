import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  type Client,
  applyChanges,
  clientFields,
  makeAccount,
  makeBook,
  makeNote,
  makeTask,
  mid,
  signIn,
  start,
} from './helpers';

/**
 * Issue 12, findings 5 and 6: a row moved to another CSM's account must leave the old holder's
 * laptop, and a deleted account must take its rows with it and accept nothing more.
 */
describe.each(BACKENDS)('rows leaving a book on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let lead: Client;
  let avery: Client;
  let cal: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    lead = await signIn(server, { email: 'lou@agency.test', name: 'Lou', role: 'lead' });
    avery = await signIn(server, { email: 'avery@agency.test', name: 'Avery', lead: 'lou@agency.test' });
    cal = await signIn(server, { email: 'cal@agency.test', name: 'Cal', lead: 'lou@agency.test' });
    const children = Array.from({ length: 40 }, (_, i) => makeTask(`gone-t${i}`, 'acc-gone'));
    await server.seedBook(
      'avery@agency.test',
      makeBook({
        accounts: [makeAccount('acc-a'), makeAccount('acc-gone')],
        notes: [
          makeNote('a-n1', 'acc-a', { body: 'Moving soon' }),
          makeNote('a-n2', 'acc-a'),
          makeNote('gone-n', 'acc-gone'),
        ],
        tasks: children,
      }),
    );
    await server.seedBook('cal@agency.test', makeBook({ accounts: [makeAccount('acc-c')] }));
  });
  afterAll(() => server.close());

  it("removes a note moved to another CSM's account from the old holder's next pull, and only theirs (finding 5)", async () => {
    const averyFirst = await avery.pullAll();
    const averyBook = applyChanges(new Map(), averyFirst);
    const calFirst = await cal.pullAll();
    const leadFirst = await lead.pullAll();
    const [move] = await lead.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n1', fields: { accountId: 'acc-c' } },
    ]);
    expect(move!.status).toBe('applied');

    const averyNext = await avery.pullAll(averyFirst.cursor);
    expect(averyNext.removedRows).toEqual([{ table: 'notes', id: 'a-n1' }]);
    expect(averyNext.removed).toEqual([]);
    expect(averyNext.changes).toEqual([]);
    // Avery's copy, with the removal applied, is exactly what a fresh pull of Avery's book gives.
    expect(applyChanges(averyBook, averyNext).has('notes/a-n1')).toBe(false);
    expect(averyBook).toEqual(applyChanges(new Map(), await avery.pullAll()));

    const calNext = await cal.pull(calFirst.cursor);
    expect(calNext.removedRows).toEqual([]);
    expect(calNext.changes.map((c) => [c.id, c.row?.accountId])).toEqual([['a-n1', 'acc-c']]);
    const leadNext = await lead.pull(leadFirst.cursor);
    expect(leadNext.removedRows).toEqual([]);
    expect(leadNext.changes.map((c) => c.id)).toEqual(['a-n1']);
    // Said once: the next pull from the new cursor does not repeat it.
    expect((await avery.pull(averyNext.cursor)).removedRows).toEqual([]);
  });

  it('refuses the old holder’s later edit or delete of the moved note as out_of_scope, not forbidden', async () => {
    const results = await avery.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n1', fields: { body: 'Edited on the plane' } },
      { mutationId: mid(), table: 'notes', op: 'delete', id: 'a-n1', fields: {} },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n2', fields: { pinned: true } },
    ]);
    expect(results.map((r) => ('reason' in r ? `${r.reason}: ${r.message}` : r.status))).toEqual([
      'out_of_scope: This was moved to an account that is not in your book.',
      'out_of_scope: This was moved to an account that is not in your book.',
      'applied',
    ]);
    // Another CSM who never held it still learns nothing: forbidden.
    const [other] = await cal.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n2', fields: { pinned: false } },
    ]);
    expect(other).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it('gives a note moved back to the old holder as an ordinary change, not a removal', async () => {
    const before = await avery.pullAll();
    await lead.push([{ mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n1', fields: { accountId: 'acc-a' } }]);
    const next = await avery.pull(before.cursor);
    expect(next.removedRows).toEqual([]);
    expect(next.changes.map((c) => [c.id, c.row?.body])).toEqual([['a-n1', 'Moving soon']]);
  });

  it('deletes every row of a deleted account with it, and accepts no write under it (finding 6)', async () => {
    const before = await avery.pullAll();
    const [deleted] = await lead.push([
      { mutationId: mid(), table: 'accounts', op: 'delete', id: 'acc-gone', fields: {} },
    ]);
    expect(deleted!.status).toBe('applied');
    const next = await avery.pullAll(before.cursor);
    const gone = next.changes.filter((c) => c.deleted).map((c) => c.id);
    // The account, its note and its 40 tasks, all in the delete's own revision.
    expect(gone).toHaveLength(42);
    expect(new Set(next.changes.map((c) => c.rev))).toEqual(new Set([(deleted as { rev: number }).rev]));

    const results = await avery.push([
      {
        mutationId: mid(),
        table: 'notes',
        op: 'upsert',
        id: 'late-n',
        fields: clientFields(makeNote('late-n', 'acc-gone')),
      },
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 'gone-t1', fields: { status: 'done' } },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'a-n2', fields: { accountId: 'acc-gone' } },
    ]);
    expect(results.map((r) => ('reason' in r ? r.reason : r.status))).toEqual(['not_found', 'not_found', 'not_found']);
    expect(results[0]).toMatchObject({ message: 'This account was deleted on the server; deletes win over edits.' });

    const fresh = await avery.pullAll();
    expect(fresh.changes.filter((c) => c.row?.accountId === 'acc-gone' || c.id === 'acc-gone')).toEqual([]);
    const live = await server.db.query("SELECT id FROM rows WHERE account_id = 'acc-gone' AND NOT deleted");
    expect(live).toEqual([]);
  });

  it('refuses a mutation id reused for a different change instead of answering duplicate (finding 7)', async () => {
    const id = mid('reused');
    const change = { mutationId: id, table: 'notes', op: 'patch', id: 'a-n2', fields: { body: 'First use' } };
    const [first] = await avery.push([change]);
    const [retry] = await avery.push([{ ...change, fields: { body: 'First use' } }]);
    const [other] = await avery.push([{ ...change, fields: { body: 'Another change' } }]);
    expect(first!.status).toBe('applied');
    expect(retry).toEqual({ ...first, status: 'duplicate' });
    expect(other).toEqual({
      mutationId: id,
      status: 'rejected',
      reason: 'validation',
      message: 'This change reused the id of a different change, so it was not saved.',
    });
    const note = (await avery.pullAll()).changes.find((c) => c.id === 'a-n2');
    expect(note!.row).toMatchObject({ body: 'First use' });
  });
});
