import type { BookFile } from '../../src-core/model';
import type { MutationResult, PullResponse, PushResponse } from '../../src-core/sync/protocol';
import { startTestServer, type TestServer, type TestServerOptions } from '../../src-server/testing';
import {
  makeAccount as baseAccount,
  makeBook as baseBook,
  makeContact as baseContact,
  makeFeedback as baseFeedback,
  makeNote as baseNote,
  makeTask as baseTask,
  makeTimeEntry as baseTimeEntry,
} from '../builders';

/** Every server suite runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. */
export const BACKENDS: { name: string; databaseUrl: string | undefined }[] = [
  { name: 'PGlite', databaseUrl: undefined },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL }] : []),
];

export const NOW = '2026-09-14T09:00:00.000Z';

export function start(
  databaseUrl: string | undefined,
  options: Omit<TestServerOptions, 'databaseUrl'> = {},
): Promise<TestServer> {
  return startTestServer({ databaseUrl, now: () => new Date(NOW), ...options });
}

const stamp = { rev: 0, deleted: false, updatedAt: '2026-09-01T10:00:00.000Z' };

export function makeAccount(id: string, overrides: Record<string, unknown> = {}) {
  const account = baseAccount({
    id,
    ...stamp,
    name: `Account ${id}`,
    ownerId: 'placeholder',
    ownerName: '',
    startedAt: '2025-01-01',
  });
  return { ...account, ...overrides };
}

export function makeNote(id: string, accountId: string, overrides: Record<string, unknown> = {}) {
  return { ...baseNote({ id, ...stamp, accountId, body: `Note ${id}`, authorName: 'Sam' }), ...overrides };
}

export function makeTask(id: string, accountId: string, overrides: Record<string, unknown> = {}) {
  return { ...baseTask({ id, ...stamp, accountId, title: `Task ${id}`, dueDate: '2026-09-30' }), ...overrides };
}

export function makeTimeEntry(id: string, accountId: string, overrides: Record<string, unknown> = {}) {
  return { ...baseTimeEntry({ id, ...stamp, accountId, date: '2026-09-01', minutes: 30 }), ...overrides };
}

/** A book file with the given rows; tables not named are empty. */
export function makeBook(tables: Partial<Record<keyof BookFile['tables'], unknown[]>>): BookFile {
  return baseBook(tables as Partial<BookFile['tables']>, {
    owner: { id: 'file-owner', email: 'file@agency.test', name: 'File', role: 'csm' },
  });
}

/** Strips what the server stamps, for building client mutations from a fixture row. */
export function clientFields(row: Record<string, unknown>): Record<string, unknown> {
  const { rev: _r, deleted: _d, updatedAt: _u, ownerId: _o, ownerName: _n, ...rest } = row;
  return rest;
}

export class Client {
  constructor(
    readonly url: string,
    readonly token: string,
    readonly clientId = `client-${Math.random().toString(36).slice(2)}`,
  ) {}

  async get(path: string): Promise<{ status: number; body: any }> {
    const res = await fetch(this.url + path, { headers: { authorization: `Bearer ${this.token}` } });
    return { status: res.status, body: await res.json() };
  }

  async pull(cursor?: string, limit?: number): Promise<PullResponse> {
    const q = new URLSearchParams();
    if (cursor !== undefined) q.set('cursor', cursor);
    if (limit !== undefined) q.set('limit', String(limit));
    const res = await this.get(`/v1/pull?${q}`);
    if (res.status !== 200) throw new Error(`pull ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as PullResponse;
  }

  /** Pulls every page; returns the changes in order and the final cursor. */
  async pullAll(cursor?: string, limit?: number) {
    const changes: PullResponse['changes'] = [];
    const removed: string[] = [];
    const removedRows: NonNullable<PullResponse['removedRows']> = [];
    let next = cursor;
    let reset = false;
    for (;;) {
      const page = await this.pull(next, limit);
      changes.push(...page.changes);
      removed.push(...page.removedAccounts);
      removedRows.push(...(page.removedRows ?? []));
      reset ||= page.reset;
      next = page.cursor;
      if (!page.more) return { changes, removed, removedRows, cursor: next, reset };
    }
  }

  /** POSTs JSON (or raw text) with the token, as a laptop would. */
  async post(path: string, body: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  pushRaw(body: unknown): Promise<{ status: number; body: any }> {
    return this.post('/v1/push', body);
  }

  async push(mutations: unknown[]): Promise<MutationResult[]> {
    const res = await this.pushRaw({ clientId: this.clientId, mutations });
    if (res.status !== 200) throw new Error(`push ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as PushResponse).results;
  }
}

/** A new user of `server`, signed in on their own laptop (client id `<name>-laptop`). */
export async function signIn(
  server: TestServer,
  user: { email: string; name: string; role?: 'csm' | 'lead' | 'admin'; lead?: string },
): Promise<Client> {
  return new Client(server.url, await server.createUser(user), `${user.name.toLowerCase()}-laptop`);
}

let counter = 0;
/** Mutation ids unique within a test run. */
export function mid(label = 'm'): string {
  counter += 1;
  return `${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The book as a client holding every pulled change would see it: table → id → row. */
export function applyChanges(
  state: Map<string, Record<string, unknown>>,
  pulled: {
    changes: PullResponse['changes'];
    removed: string[];
    removedRows?: PullResponse['removedRows'];
    reset: boolean;
  },
) {
  if (pulled.reset) state.clear();
  for (const c of pulled.changes) {
    const key = `${c.table}/${c.id}`;
    if (c.deleted) state.delete(key);
    else state.set(key, c.row as Record<string, unknown>);
  }
  for (const accountId of pulled.removed) {
    for (const [key, row] of state)
      if (row.accountId === accountId || (key.startsWith('accounts/') && row.id === accountId)) state.delete(key);
  }
  for (const { table, id } of pulled.removedRows ?? []) state.delete(`${table}/${id}`);
  return state;
}

export function makeContact(id: string, accountId: string, overrides: Record<string, unknown> = {}) {
  return {
    ...baseContact({ id, ...stamp, accountId, name: `Contact ${id}`, title: 'Owner', email: '' }),
    ...overrides,
  };
}

export function makeFeedback(id: string, accountId: string, overrides: Record<string, unknown> = {}) {
  return { ...baseFeedback({ id, ...stamp, accountId }), ...overrides };
}
