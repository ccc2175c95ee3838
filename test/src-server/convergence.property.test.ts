import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  Client,
  applyChanges,
  clientFields,
  makeAccount,
  makeBook,
  makeNote,
  makeTask,
  start,
} from './helpers';

type Op =
  | { kind: 'patchTask'; task: number; field: 'title' | 'status' | 'detail'; value: string }
  | { kind: 'deleteTask'; task: number }
  | { kind: 'editNote'; note: number }
  | { kind: 'newNote' };

const VALUES = {
  title: ['Call', 'Email', 'Audit'],
  status: ['open', 'done', 'cancelled'],
  detail: ['', 'x', 'y'],
} as const;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom('title', 'status', 'detail').chain((field) =>
    fc.record({
      kind: fc.constant('patchTask' as const),
      task: fc.integer({ min: 0, max: 2 }),
      field: fc.constant(field),
      value: fc.constantFrom(...VALUES[field]),
    }),
  ),
  fc.record({ kind: fc.constant('deleteTask' as const), task: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('editNote' as const), note: fc.integer({ min: 0, max: 1 }) }),
  fc.constant({ kind: 'newNote' as const }),
);

describe.each(BACKENDS)('two clients editing offline converge on $name (RELIABILITY 9)', ({ databaseUrl }) => {
  let server: TestServer;
  let laptop: Client;
  let lead: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    const leadToken = await server.createUser({ email: 'boss@agency.test', name: 'Boss', role: 'lead' });
    const samToken = await server.createUser({ email: 'sam@agency.test', name: 'Sam', lead: 'boss@agency.test' });
    laptop = new Client(server.url, samToken, 'sam-laptop');
    lead = new Client(server.url, leadToken, 'boss-laptop');
  });
  afterAll(() => server.close());

  it('ends with identical books, last writer per field in server order, and no note text lost', async () => {
    let run = 0;
    const states = {
      laptop: new Map<string, Record<string, unknown>>(),
      lead: new Map<string, Record<string, unknown>>(),
    };
    const cursors: { laptop?: string; lead?: string } = {};
    const sync = async (name: 'laptop' | 'lead') => {
      const client = name === 'laptop' ? laptop : lead;
      const pulled = await client.pullAll(cursors[name], 4);
      applyChanges(states[name], pulled);
      cursors[name] = pulled.cursor;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        async (opsA, opsB, order) => {
          run += 1;
          const acc = `acc-${run}`;
          const taskIds = [0, 1, 2].map((i) => `${acc}-t${i}`);
          const noteIds = [0, 1].map((i) => `${acc}-n${i}`);
          await server.seedBook(
            'sam@agency.test',
            makeBook({
              accounts: [makeAccount(acc)],
              tasks: taskIds.map((id) => makeTask(id, acc)),
              notes: noteIds.map((id) => makeNote(id, acc, { body: 'Start' })),
            }),
          );
          await sync('laptop');
          await sync('lead');
          const baseRev = Number(states.laptop.get(`notes/${noteIds[0]}`)!.rev);
          const toMutations = (who: string, ops: Op[]) =>
            ops.map((op, i) => {
              const mutationId = `${acc}-${who}-${i}`;
              if (op.kind === 'patchTask')
                return {
                  mutationId,
                  table: 'tasks',
                  op: 'patch',
                  id: taskIds[op.task]!,
                  fields: { [op.field]: op.value },
                  baseRev,
                };
              if (op.kind === 'deleteTask')
                return { mutationId, table: 'tasks', op: 'delete', id: taskIds[op.task]!, fields: {} };
              if (op.kind === 'editNote')
                return {
                  mutationId,
                  table: 'notes',
                  op: 'patch',
                  id: noteIds[op.note]!,
                  fields: { body: `${who} wrote ${i}` },
                  baseRev,
                };
              const id = `${acc}-${who}-note-${i}`;
              return {
                mutationId,
                table: 'notes',
                op: 'upsert',
                id,
                fields: clientFields(makeNote(id, acc, { body: `${who} new ${i}` })),
              };
            });
          const queues = { laptop: toMutations('laptop', opsA), lead: toMutations('lead', opsB) };
          // Reconnect in a random interleaving; the server's order is the order pushes arrive.
          const serverOrder: { who: 'laptop' | 'lead'; m: (typeof queues.laptop)[number] }[] = [];
          let turn = 0;
          while (queues.laptop.length + queues.lead.length > 0) {
            const who =
              (order[turn++ % order.length] && queues.laptop.length > 0) || queues.lead.length === 0
                ? 'laptop'
                : 'lead';
            const batch = queues[who].splice(0, 1 + (turn % 3));
            const results = await (who === 'laptop' ? laptop : lead).push(batch);
            for (const [i, r] of results.entries()) if (r.status === 'applied') serverOrder.push({ who, m: batch[i]! });
          }
          await sync('laptop');
          await sync('lead');
          const fresh = applyChanges(new Map(), await lead.pullAll());
          expect(states.laptop).toEqual(states.lead);
          expect(states.lead).toEqual(fresh);

          // Structured fields: the last applied patch per field, in server order; deletes win.
          const expected = new Map(
            taskIds.map((id) => [id, { ...makeTask(id, acc) } as Record<string, unknown> | null]),
          );
          for (const { m } of serverOrder) {
            if (m.table !== 'tasks') continue;
            expected.set(m.id, m.op === 'delete' ? null : { ...expected.get(m.id)!, ...m.fields });
          }
          for (const [id, row] of expected) {
            const got = fresh.get(`tasks/${id}`);
            if (row === null) expect(got).toBeUndefined();
            else
              expect({ title: got!.title, status: got!.status, detail: got!.detail }).toEqual({
                title: row.title,
                status: row.status,
                detail: row.detail,
              });
          }
          // Free text: each client's last text for each note survives, as the note or a conflict copy.
          const bodies = new Set(
            [...fresh.values()].filter((r) => r.accountId === acc && 'body' in r).map((r) => r.body),
          );
          for (const who of ['laptop', 'lead'] as const) {
            const last = new Map<string, unknown>();
            for (const m of toMutations(who, who === 'laptop' ? opsA : opsB))
              if (m.table === 'notes') last.set(m.id, m.fields.body);
            for (const body of last.values()) expect(bodies.has(body)).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
