import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import { createWriter } from '../../../src-renderer/store';
import { createSyncApi, SyncEngine } from '../../../src-renderer/sync';
import { freshDb, makeAccount, makeBook, makeClock, makeNote, makeTask } from '../store/fixtures';
import { localBook } from './setup';

/**
 * RELIABILITY 9 as a property: two laptops of the same CSM edit offline in any interleaving of
 * edits and syncs; after both reconnect they hold the same book as the server.
 */

type Op =
  | { laptop: 0 | 1; kind: 'title'; value: string }
  | { laptop: 0 | 1; kind: 'due'; value: string }
  | { laptop: 0 | 1; kind: 'note'; value: string }
  | { laptop: 0 | 1; kind: 'addNote'; value: string }
  | { laptop: 0 | 1; kind: 'sync' };

const laptopArb = fc.constantFrom(0 as const, 1 as const);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    laptop: laptopArb,
    kind: fc.constant('title' as const),
    value: fc.constantFrom('Call Dana', 'Book QBR', 'Send audit'),
  }),
  fc.record({
    laptop: laptopArb,
    kind: fc.constant('due' as const),
    value: fc.constantFrom('2026-10-01', '2026-10-15', '2026-11-02'),
  }),
  fc.record({
    laptop: laptopArb,
    kind: fc.constant('note' as const),
    value: fc.constantFrom('Leads flat', 'Traffic up', 'Wants SEO'),
  }),
  fc.record({
    laptop: laptopArb,
    kind: fc.constant('addNote' as const),
    value: fc.constantFrom('New idea', 'Met the owner'),
  }),
  fc.record({ laptop: laptopArb, kind: fc.constant('sync' as const) }),
);

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
  token = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
}, 60_000);
afterAll(async () => server?.close());

let run = 0;

describe('two laptops editing offline', () => {
  it('converge to the server’s book whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 2, maxLength: 12 }),
        fc.boolean(),
        async (ops, aReconnectsFirst) => {
          const n = ++run;
          const accountId = `p${n}-acc`;
          const taskId = `p${n}-task`;
          const noteId = `p${n}-note`;
          await server.seedBook(
            'sam@agency.test',
            makeBook({
              accounts: [makeAccount({ id: accountId })],
              tasks: [makeTask({ id: taskId, accountId })],
              notes: [makeNote({ id: noteId, accountId })],
            }),
          );
          const laptops = [0, 1].map((i) => {
            const db = freshDb();
            const clock = makeClock();
            let ids = 0;
            clock.newId = () => `p${n}-l${i}-${++ids}`;
            const api = createSyncApi({ serverUrl: server.url, token, transport: (url, init) => fetch(url, init) });
            return {
              db,
              writer: createWriter(db, clock, 'Sam'),
              engine: new SyncEngine({ db, api, clock, maxAttempts: 1 }),
            };
          });
          try {
            for (const l of laptops) expect((await l.engine.syncNow()).phase).toBe('idle');
            for (const op of ops) {
              const l = laptops[op.laptop]!;
              if (op.kind === 'sync') expect((await l.engine.syncNow()).phase).toBe('idle');
              else if (op.kind === 'title') await l.writer.patchRow('tasks', taskId, { title: op.value });
              else if (op.kind === 'due') await l.writer.patchRow('tasks', taskId, { dueDate: op.value });
              else if (op.kind === 'note') await l.writer.editNote(noteId, op.value);
              else await l.writer.addNote(accountId, op.value);
            }
            const [first, second] = aReconnectsFirst ? laptops : [laptops[1]!, laptops[0]!];
            for (const l of [first!, second!, first!]) expect((await l.engine.syncNow()).phase).toBe('idle');
            const [bookA, bookB] = [await localBook(laptops[0]!.db), await localBook(laptops[1]!.db)];
            expect(bookA).toEqual(bookB);
            const served = await server.exportBook('sam@agency.test');
            expect(bookA.tasks).toEqual([...served.tables.tasks].sort((a, b) => a.id.localeCompare(b.id)));
            expect(bookA.notes).toEqual([...served.tables.notes].sort((a, b) => a.id.localeCompare(b.id)));
            // Edits made fully offline on both laptops: neither text is lost (one may be a conflict copy).
            const firstEdit = ops.findIndex((o) => o.kind === 'note');
            const lastTexts = [0, 1].map((i) =>
              ops
                .filter((o) => o.laptop === i && o.kind === 'note')
                .map((o) => (o as { value: string }).value)
                .pop(),
            );
            const concurrent = lastTexts.every(Boolean) && !ops.slice(firstEdit).some((o) => o.kind === 'sync');
            if (concurrent) {
              const bodies = new Set(
                served.tables.notes.filter((x) => x.id === noteId || x.conflictOf === noteId).map((x) => x.body),
              );
              for (const text of lastTexts) expect(bodies.has(text!)).toBe(true);
            }
          } finally {
            for (const l of laptops) await l.db.delete();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
