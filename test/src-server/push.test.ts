import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../../src-server/db/adapter';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  Client,
  NOW,
  clientFields,
  makeAccount,
  makeBook,
  makeNote,
  makeTask,
  makeTimeEntry,
  mid,
  start,
} from './helpers';

describe.each(BACKENDS)('push on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let token: string;
  let laptop: Client;
  let phone: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    token = await server.createUser({ email: 'sam@agency.test', name: 'Sam' });
    laptop = new Client(server.url, token, 'laptop');
    phone = new Client(server.url, token, 'phone');
    await server.seedBook(
      'sam@agency.test',
      makeBook({
        accounts: [makeAccount('a1')],
        notes: [makeNote('n1', 'a1', { body: 'Original' }), makeNote('n2', 'a1')],
        tasks: [makeTask('t1', 'a1'), makeTask('t2', 'a1'), makeTask('t3', 'a1')],
      }),
    );
  });
  afterAll(() => server.close());

  const row = async (table: string, id: string) => {
    const all = await laptop.pullAll();
    return all.changes.find((c) => c.table === table && c.id === id);
  };

  it('creates a row with server revision, updatedAt and tombstone flag', async () => {
    const note = clientFields(makeNote('n-new', 'a1', { body: 'Called Dana' }));
    const [result] = await laptop.push([
      { mutationId: 'create-1', table: 'notes', op: 'upsert', id: 'n-new', fields: note },
    ]);
    expect(result).toEqual({ mutationId: 'create-1', status: 'applied', rev: expect.any(Number) });
    const stored = await row('notes', 'n-new');
    expect(stored!.row).toEqual({ ...note, rev: (result as { rev: number }).rev, deleted: false, updatedAt: NOW });
  });

  it('merges patches to different fields of one row, and the later patch wins on the same field', async () => {
    const a = await laptop.push([
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't1', fields: { title: 'Send audit' }, baseRev: 1 },
    ]);
    const b = await phone.push([
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't1', fields: { status: 'done' }, baseRev: 1 },
    ]);
    await phone.push([{ mutationId: mid(), table: 'tasks', op: 'patch', id: 't1', fields: { detail: 'from phone' } }]);
    await laptop.push([
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't1', fields: { detail: 'from laptop' } },
    ]);
    expect(a[0]!.status).toBe('applied');
    expect(b[0]!.status).toBe('applied');
    expect((await row('tasks', 't1'))!.row).toMatchObject({
      title: 'Send audit',
      status: 'done',
      detail: 'from laptop',
    });
  });

  it('accepts who a task is for, checks it like every field, and sends it back on pull', async () => {
    const forClient = clientFields(
      makeTask('t-client', 'a1', { title: 'Launch the landing page', audience: 'client' }),
    );
    const results = await laptop.push([
      { mutationId: mid(), table: 'tasks', op: 'upsert', id: 't-client', fields: forClient },
      // t2 was seeded without an audience (a row from before the field): it can be marked later.
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't2', fields: { audience: 'client' } },
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't3', fields: { audience: 'everyone' } },
    ]);
    expect(results.map((r) => [r.status, r.status === 'rejected' ? r.reason : null])).toEqual([
      ['applied', null],
      ['applied', null],
      ['rejected', 'validation'],
    ]);
    expect((await row('tasks', 't-client'))!.row).toMatchObject({ audience: 'client' });
    expect((await row('tasks', 't2'))!.row).toMatchObject({ audience: 'client' });
    expect((await row('tasks', 't3'))!.row).not.toHaveProperty('audience');
  });

  it('keeps a losing note edit as a conflict copy instead of overwriting it (DESIGN §5)', async () => {
    const base = (await row('notes', 'n1'))!.rev;
    await laptop.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n1', fields: { body: 'Laptop text' }, baseRev: base },
    ]);
    const [late] = await phone.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n1', fields: { body: 'Phone text' }, baseRev: base },
    ]);
    expect(late!.status).toBe('applied');
    const all = (await laptop.pullAll()).changes.filter((c) => c.table === 'notes' && !c.deleted);
    expect(all.find((c) => c.id === 'n1')!.row).toMatchObject({ body: 'Laptop text', conflictOf: null });
    const copies = all.filter((c) => c.row!.conflictOf === 'n1');
    expect(copies.map((c) => c.row!.body)).toEqual(['Phone text']);
    expect(copies[0]!.rev).toBe((late as { rev: number }).rev);
  });

  it('lets one client edit its own note twice from the same base without a conflict copy', async () => {
    const base = (await row('notes', 'n2'))!.rev;
    await laptop.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n2', fields: { body: 'Draft' }, baseRev: base },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n2', fields: { body: 'Final' }, baseRev: base },
    ]);
    const all = (await laptop.pullAll()).changes.filter((c) => c.table === 'notes');
    expect(all.find((c) => c.id === 'n2')!.row!.body).toBe('Final');
    expect(all.filter((c) => c.row?.conflictOf === 'n2')).toEqual([]);
  });

  it('keeps a later note edit as a conflict copy when the same client first wrote the same text the server holds', async () => {
    // The convergence property's counterexample: the phone writes "Wants SEO" (rev up), the laptop
    // — offline from the same base — wrote "Wants SEO" too, then "Leads flat". The laptop's first
    // edit changes nothing, so it must not make the laptop the author of the phone's version.
    const base = (await row('notes', 'n1'))!.rev;
    await phone.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n1', fields: { body: 'Wants SEO' }, baseRev: base },
    ]);
    const results = await laptop.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n1', fields: { body: 'Wants SEO' }, baseRev: base },
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'n1', fields: { body: 'Leads flat' }, baseRev: base },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const all = (await laptop.pullAll()).changes.filter((c) => c.table === 'notes' && !c.deleted);
    expect(all.find((c) => c.id === 'n1')!.row!.body).toBe('Wants SEO');
    const copies = all.filter((c) => c.row!.conflictOf === 'n1').map((c) => c.row!.body);
    expect(copies).toContain('Leads flat');
  });

  it('lets a delete win over a later edit, which comes back not_found (the documented rule)', async () => {
    await laptop.push([{ mutationId: mid(), table: 'tasks', op: 'delete', id: 't2', fields: {} }]);
    const [edit, upsert] = await phone.push([
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't2', fields: { title: 'Edited offline' } },
      { mutationId: mid(), table: 'tasks', op: 'upsert', id: 't2', fields: clientFields(makeTask('t2', 'a1')) },
    ]);
    expect(edit).toMatchObject({ status: 'rejected', reason: 'not_found' });
    expect(upsert).toMatchObject({ status: 'rejected', reason: 'not_found' });
    const [again] = await phone.push([{ mutationId: mid(), table: 'tasks', op: 'delete', id: 't2', fields: {} }]);
    expect(again!.status).toBe('applied');
    expect(await row('tasks', 't2')).toBeUndefined();
  });

  it('returns the same results to a retried push and applies nothing twice (RELIABILITY 1, 11)', async () => {
    const body = {
      clientId: 'laptop',
      mutations: [
        {
          mutationId: 'retry-1',
          table: 'notes',
          op: 'upsert',
          id: 'n-retry',
          fields: clientFields(makeNote('n-retry', 'a1')),
        },
        { mutationId: 'retry-2', table: 'tasks', op: 'patch', id: 'nope', fields: { title: 'x' } },
      ],
    };
    const first = await laptop.pushRaw(body);
    const second = await laptop.pushRaw(body);
    expect(first.body.results[0]).toEqual({ mutationId: 'retry-1', status: 'applied', rev: expect.any(Number) });
    expect(second.body.results).toEqual([{ ...first.body.results[0], status: 'duplicate' }, first.body.results[1]]);
    const revs = (await laptop.pullAll()).changes.filter((c) => c.id === 'n-retry');
    expect(revs).toHaveLength(1);
    expect(revs[0]!.rev).toBe(first.body.results[0].rev);
  });

  it('applies the same push sent twice at once exactly once; both replies agree (RELIABILITY 11)', async () => {
    const { cursor } = await laptop.pullAll();
    const body = {
      clientId: 'laptop',
      mutations: Array.from({ length: 20 }, (_, i) => ({
        mutationId: `twin-${i}`,
        table: 'timeEntries',
        op: 'upsert',
        id: `te-twin-${i}`,
        fields: clientFields(makeTimeEntry(`te-twin-${i}`, 'a1', { minutes: i + 1 })),
      })),
    };
    const [x, y] = await Promise.all([laptop.pushRaw(body), laptop.pushRaw(body)]);
    expect([x.status, y.status]).toEqual([200, 200]);
    const statuses = [x, y].map((r) => r.body.results.map((m: { status: string }) => m.status).join(','));
    expect(statuses.sort()).toEqual([Array(20).fill('applied').join(','), Array(20).fill('duplicate').join(',')]);
    expect(x.body.results.map((m: { rev: number }) => m.rev)).toEqual(
      y.body.results.map((m: { rev: number }) => m.rev),
    );
    const changes = (await laptop.pullAll(cursor)).changes;
    expect(changes.filter((c) => c.table === 'timeEntries')).toHaveLength(20);
  });

  it('rejects hostile values one mutation at a time with a reason, and applies the rest (RELIABILITY 18)', async () => {
    const note = (id: string, body: string, extra: Record<string, unknown> = {}) => ({
      mutationId: `hostile-${id}`,
      table: 'notes',
      op: 'upsert',
      id,
      fields: clientFields(makeNote(id, 'a1', { body, ...extra })),
    });
    const results = await laptop.push([
      note('h-nul', 'a\u0000b'),
      note('h-surrogate', 'broken \uD800 text'),
      note('h-huge', 'x'.repeat(2_000_000)),
      note('h-year', 'ok', { createdAt: '10000-01-01T00:00:00Z' }),
      {
        mutationId: 'hostile-nan',
        table: 'timeEntries',
        op: 'upsert',
        id: 'h-nan',
        fields: JSON.parse(JSON.stringify(clientFields(makeTimeEntry('h-nan', 'a1', { minutes: Number.NaN })))),
      },
      {
        mutationId: 'hostile-neg',
        table: 'timeEntries',
        op: 'upsert',
        id: 'h-neg',
        fields: clientFields(makeTimeEntry('h-neg', 'a1', { minutes: -5 })),
      },
      { mutationId: 'hostile-key', table: 'notes', op: 'patch', id: 'n2', fields: { 'evil\u0000key': 1 } },
      { mutationId: 'hostile-shape', table: 'nope', op: 'explode', id: '../../etc' },
      note('h-fine', 'A perfectly good note'),
    ]);
    expect(results.map((r) => [r.mutationId, r.status, 'reason' in r ? r.reason : null])).toEqual([
      ['hostile-h-nul', 'rejected', 'validation'],
      ['hostile-h-surrogate', 'rejected', 'validation'],
      ['hostile-h-huge', 'rejected', 'validation'],
      ['hostile-h-year', 'rejected', 'validation'],
      ['hostile-nan', 'rejected', 'validation'],
      ['hostile-neg', 'rejected', 'validation'],
      ['hostile-key', 'rejected', 'validation'],
      ['hostile-shape', 'rejected', 'validation'],
      ['hostile-h-fine', 'applied', null],
    ]);
    expect(results[0]).toMatchObject({ message: 'body contains control characters' });
    expect(results[2]).toMatchObject({ message: 'body is longer than 100,000 characters' });
    expect(results[5]).toMatchObject({ message: 'minutes must be at least one minute' });
    expect(results[6]).toMatchObject({ message: 'unexpected field evil?key' });
  });

  it('answers an oversized request with 413 and a reason (RELIABILITY 19)', async () => {
    const huge = {
      clientId: 'laptop',
      mutations: [
        { mutationId: 'big', table: 'notes', op: 'upsert', id: 'big', fields: { body: 'x'.repeat(9 * 1024 * 1024) } },
      ],
    };
    const res = await laptop.pushRaw(huge);
    expect(res).toEqual({
      status: 413,
      body: { error: 'too_large', reason: 'The request is too large: send fewer changes at a time.' },
    });
  });

  it('answers a malformed push with 400 and a reason, never 500', async () => {
    expect(await laptop.pushRaw('{not json')).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(await laptop.pushRaw({ mutations: [] })).toMatchObject({
      status: 400,
      body: { error: 'bad_push', reason: 'clientId is missing' },
    });
    const tooMany = { clientId: 'laptop', mutations: Array.from({ length: 501 }, () => ({})) };
    expect((await laptop.pushRaw(tooMany)).status).toBe(400);
  });

  it('refuses server-owned fields and account creation from a CSM with forbidden (RELIABILITY 16)', async () => {
    const results = await laptop.push([
      { mutationId: mid(), table: 'accounts', op: 'patch', id: 'a1', fields: { ownerId: 'someone-else' } },
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't3', fields: { rev: 999999 } },
      { mutationId: mid(), table: 'tasks', op: 'patch', id: 't3', fields: { deleted: true } },
      { mutationId: mid(), table: 'accounts', op: 'upsert', id: 'a-mine', fields: clientFields(makeAccount('a-mine')) },
      { mutationId: mid(), table: 'accounts', op: 'delete', id: 'a1', fields: {} },
      { mutationId: mid(), table: 'accounts', op: 'patch', id: 'a1', fields: { pulse: 2 } },
    ]);
    expect(results.map((r) => ('reason' in r ? r.reason : r.status))).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'applied',
    ]);
    const account = (await row('accounts', 'a1'))!.row!;
    expect(account).toMatchObject({ pulse: 2, ownerName: 'Sam' });
    expect((await row('tasks', 't3'))!.row!.deleted).toBe(false);
  });
});

describe.each(BACKENDS)('a value the database refuses, on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let laptop: Client;

  beforeAll(async () => {
    // As if PostgreSQL refused one row's data (SQLSTATE 22P05) although it passed every check.
    const refuse = (q: Queryable): Queryable => ({
      query: async (sql, params) => {
        if (/INSERT INTO rows/.test(sql) && params?.[1] === 'poison')
          throw Object.assign(new Error('untranslatable character'), { code: '22P05' });
        return q.query(sql, params);
      },
    });
    server = await start(databaseUrl, {
      wrapDb: (db: Db) => ({ ...db, transaction: (work) => db.transaction((tx) => work(refuse(tx))) }),
    });
    laptop = new Client(server.url, await server.createUser({ email: 'sam@agency.test', name: 'Sam' }));
    await server.seedBook('sam@agency.test', makeBook({ accounts: [makeAccount('a1')] }));
  });
  afterAll(() => server.close());

  it('rejects that one mutation instead of failing the push, and keeps the others', async () => {
    const note = (id: string) => ({
      mutationId: `db-${id}`,
      table: 'notes',
      op: 'upsert',
      id,
      fields: clientFields(makeNote(id, 'a1')),
    });
    const results = await laptop.push([note('before'), note('poison'), note('after')]);
    expect(results).toEqual([
      { mutationId: 'db-before', status: 'applied', rev: expect.any(Number) },
      {
        mutationId: 'db-poison',
        status: 'rejected',
        reason: 'validation',
        message: 'The server cannot store this value.',
      },
      { mutationId: 'db-after', status: 'applied', rev: expect.any(Number) },
    ]);
    expect((await laptop.pullAll()).changes.map((c) => c.id).sort()).toEqual(['a1', 'after', 'before']);
  });
});
