import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../src-server/testing';
import { BACKENDS, makeAccount, makeBook, makeNote, start } from './helpers';

/**
 * The planner must know how big the book is the moment an import lands: with no statistics
 * (PGlite runs no autovacuum) every pull page sorted the whole book on disk instead of reading
 * the next rows from the (rev, table_name, id) index — 3.7× a plain SELECT on the stress book.
 */
describe.each(BACKENDS)('planner statistics on $name', ({ databaseUrl }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start(databaseUrl);
    await server.createUser({ email: 'sam@agency.test', name: 'Sam' });
  });
  afterAll(() => server.close());

  const estimated = async () => {
    const [row] = await server.db.query<{ rows: number }>(
      "SELECT reltuples::int AS rows FROM pg_class WHERE oid = 'rows'::regclass",
    );
    return row!.rows;
  };
  const counted = async () =>
    (await server.db.query<{ rows: number }>('SELECT count(*)::int AS rows FROM rows'))[0]!.rows;

  it('knows each import’s rows as soon as it is written', async () => {
    const notes = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => makeNote(`note-${from + i}`, 'sam-a1'));
    await server.seedBook('sam@agency.test', makeBook({ accounts: [makeAccount('sam-a1')], notes: notes(0, 300) }));
    expect(await counted()).toBe(301);
    expect(await estimated()).toBe(301);
    // A second import into the same book: the estimate follows.
    await server.seedBook('sam@agency.test', makeBook({ accounts: [makeAccount('sam-a1')], notes: notes(300, 500) }));
    expect(await counted()).toBe(801);
    expect(await estimated()).toBe(801);
  });
});
