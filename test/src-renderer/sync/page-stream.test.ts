import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src-core/sync/protocol';
import { streamPages } from '../../../src-renderer/sync/page-stream';

/** A server whose pages arrive when the test says: page i's cursor is `c<i>`; `last` pages in all. */
function heldServer(last: number) {
  const requests: (string | null)[] = [];
  const replies: ((fail?: Error) => void)[] = [];
  const pull = (cursor: string | null, index: number) => {
    requests.push(cursor);
    return new Promise<PullResponse>((resolve, reject) => {
      replies[index] = (fail) =>
        fail
          ? reject(fail)
          : resolve({
              cursor: `c${index}`,
              more: index < last - 1,
              reset: index === 0,
              removedAccounts: [],
              changes: [{ table: 'notes', id: `n${index}`, rev: index + 1, deleted: true, row: null }],
            });
    });
  };
  return { pull, requests, reply: (index: number, fail?: Error) => replies[index]!(fail) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the pages of a pull', () => {
  it('asks for the next page as soon as one arrives, before the writer takes it, and hands them over in order', async () => {
    const server = heldServer(3);
    const pages = streamPages(server.pull, 'start');
    expect(server.requests).toEqual(['start']);
    server.reply(0);
    await settle();
    // The writer has not taken page 0 yet: the server already builds page 1 from page 0's cursor.
    expect(server.requests).toEqual(['start', 'c0']);
    const taken = [await pages.take()];
    server.reply(1);
    await settle();
    server.reply(2);
    taken.push(await pages.take(), await pages.take());
    expect(taken.map((t) => t.page.cursor)).toEqual(['c0', 'c1', 'c2']);
    // Each page's rows were checked as it arrived.
    expect(taken.map((t) => [...t.read.byTable.get('notes')!.keys()])).toEqual([['n0'], ['n1'], ['n2']]);
    expect(server.requests).toEqual(['start', 'c0', 'c1']);
  });

  it('keeps at most two pages waiting beside the one being written', async () => {
    const server = heldServer(10);
    const pages = streamPages(server.pull, null);
    const first = pages.take();
    for (let i = 0; i < 4; i++) {
      if (server.requests.length > i) server.reply(i);
      await settle();
    }
    await first;
    // Page 0 is being written; pages 1 and 2 wait; page 3 is not asked for until the writer takes one.
    expect(server.requests).toHaveLength(3);
    const second = pages.take();
    await settle();
    expect(server.requests).toHaveLength(4);
    expect((await second).page.cursor).toBe('c1');
  });

  it('a page that fails fails its own take, after the pages before it, and nothing after it is asked for', async () => {
    const server = heldServer(5);
    const pages = streamPages(server.pull, null);
    server.reply(0);
    await settle();
    server.reply(1, new Error('connection reset'));
    await settle();
    expect((await pages.take()).page.cursor).toBe('c0');
    await expect(pages.take()).rejects.toThrow('connection reset');
    expect(server.requests).toHaveLength(2);
  });

  it('a server that says "more" without moving on is a protocol error, not an endless loop', async () => {
    const stuck = streamPages(
      async (cursor) =>
        ({ cursor: cursor ?? 'x', more: true, reset: false, removedAccounts: [], changes: [] }) satisfies PullResponse,
      'x',
    );
    await expect(stuck.take()).rejects.toMatchObject({ kind: 'protocol' });
  });
});
