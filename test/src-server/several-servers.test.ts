import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../src-server/testing';
import { Client, NOW, applyChanges, clientFields, makeAccount, makeBook, makeNote, start } from './helpers';

// Several stateless server processes over one PostgreSQL: only meaningful with a real server
// (PGlite has one owner). Without TEST_DATABASE_URL the suite reports itself skipped; CI sets it.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'two servers over one PostgreSQL database (needs TEST_DATABASE_URL)',
  () => {
    let first: TestServer;
    let second: TestServer;
    let samToken = '';

    beforeAll(async () => {
      first = await start(process.env.TEST_DATABASE_URL);
      second = await startTestServer({
        databaseUrl: first.databaseUrl,
        useExistingSchema: true,
        now: () => new Date(NOW),
      });
      samToken = await first.createUser({ email: 'sam@agency.test', name: 'Sam' });
      await first.seedBook('sam@agency.test', makeBook({ accounts: [makeAccount('a1')] }));
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it('hands out revisions in commit order across processes, so a pull polling meanwhile misses nothing', async () => {
      const viaFirst = new Client(first.url, samToken, 'laptop');
      const viaSecond = new Client(second.url, samToken, 'phone');
      const watcher = new Client(second.url, samToken, 'watcher');
      const state = applyChanges(new Map(), await watcher.pullAll());
      let cursor = (await watcher.pullAll()).cursor;
      let writing = true;
      const poll = (async () => {
        while (writing) {
          const page = await watcher.pullAll(cursor, 3);
          applyChanges(state, page);
          cursor = page.cursor;
        }
      })();
      const writer = (client: Client, label: string) =>
        Promise.all(
          Array.from({ length: 15 }, (_, i) =>
            client.push([
              {
                mutationId: `${label}-${i}`,
                table: 'notes',
                op: 'upsert',
                id: `${label}-n${i}`,
                fields: clientFields(makeNote(`${label}-n${i}`, 'a1')),
              },
            ]),
          ),
        );
      const results = (await Promise.all([writer(viaFirst, 'one'), writer(viaSecond, 'two')])).flat(2);
      writing = false;
      await poll;
      applyChanges(state, await watcher.pullAll(cursor));
      const revs = results.map((r) => (r as { rev: number }).rev);
      expect(new Set(revs).size).toBe(30);
      expect([...state.keys()].filter((k) => k.startsWith('notes/')).length).toBe(30);
      expect(state).toEqual(applyChanges(new Map(), await watcher.pullAll()));
    });
  },
);
