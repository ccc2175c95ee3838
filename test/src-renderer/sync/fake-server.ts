import { accountIdOf, validateRow, type TableName } from '../../../src-core/model';
import {
  SERVER_OWNED_FIELDS,
  type Mutation,
  type MutationResult,
  type PulledChange,
  type PullResponse,
  type RejectReason,
} from '../../../src-core/sync/protocol';
import type { Transport, TransportResponse } from '../../../src-renderer/sync';

/**
 * The server semantics of DESIGN §5/§8, minimally and in memory, so client tests can cut
 * connections at exact points: revisions from one counter, tombstones, scope by account owner,
 * idempotency by mutation id, reassignment with removals, cursors an epoch bump invalidates.
 */

type Row = Record<string, unknown> & { id: string; rev: number; deleted: boolean };
export type Fault =
  | { on: 'push' | 'pull'; kind: 'network' }
  | { on: 'push' | 'pull'; kind: 'cut_after_commit' }
  | { on: 'push' | 'pull'; kind: 'status'; status: number };

export interface Logged {
  method: string;
  path: string;
  mutations?: number;
  status: number | 'cut';
}

const NOW = '2026-09-02T08:00:00.000Z';

export class FakeSyncServer {
  readonly url = 'http://127.0.0.1:8787';
  readonly rows = new Map<string, { table: TableName; row: Row }>();
  readonly results = new Map<string, MutationResult>();
  readonly applyCount = new Map<string, number>();
  readonly faults: Fault[] = [];
  readonly log: Logged[] = [];
  maxMutationsPerPush = 500;
  /** Extra server-side refusals, e.g. a rule the client does not know. */
  refuse: (m: Mutation) => { reason: RejectReason; message: string } | null = () => null;
  private rev = 0;
  private epoch = 1;
  private readonly removals: { rev: number; accountId: string; fromUserId: string }[] = [];
  private readonly tokens = new Map<string, { id: string; name: string }>();

  addUser(token: string, id: string, name: string): void {
    this.tokens.set(token, { id, name });
  }

  /** Stores a row as the server's own (e.g. seeded), giving it the next revision. */
  put(table: TableName, row: Record<string, unknown> & { id: string }): void {
    this.rows.set(`${table}/${row.id}`, {
      table,
      row: { ...row, rev: ++this.rev, deleted: false, updatedAt: NOW } as Row,
    });
  }

  get(table: TableName, id: string): Row | undefined {
    return this.rows.get(`${table}/${id}`)?.row;
  }

  /** Another client's edit, in server order. */
  edit(table: TableName, id: string, fields: Record<string, unknown>): void {
    const current = this.get(table, id)!;
    this.rows.set(`${table}/${id}`, { table, row: { ...current, ...fields, rev: ++this.rev } });
  }

  remove(table: TableName, id: string): void {
    this.edit(table, id, { deleted: true });
  }

  reassign(accountId: string, toUserId: string): void {
    const from = String(this.get('accounts', accountId)!.ownerId);
    this.edit('accounts', accountId, { ownerId: toUserId, ownerName: this.tokensById(toUserId) });
    for (const { table, row } of [...this.rows.values()]) if (row.accountId === accountId) this.edit(table, row.id, {});
    this.removals.push({ rev: ++this.rev, accountId, fromUserId: from });
  }

  /** The server forgets every cursor (restore from backup, retention passed): next pulls reset. */
  forgetCursors(): void {
    this.epoch += 1;
  }

  /** The live rows a user's laptop should end up with, by table. */
  bookOf(userId: string): Record<string, Row[]> {
    const book: Record<string, Row[]> = {};
    for (const { table, row } of this.rows.values()) {
      if (row.deleted || !this.inScope(userId, accountIdOf(table, row as { id: string; accountId?: string }))) continue;
      book[table] ??= [];
      book[table].push(row);
    }
    for (const rows of Object.values(book)) rows.sort((a, b) => a.id.localeCompare(b.id));
    return book;
  }

  readonly transport: Transport = async (url, init) => {
    const { pathname, searchParams } = new URL(url);
    // A team server from before settings synced: the engine carries on with rows only.
    if (pathname === '/v1/settings') return reply(404, { error: 'not_found' });
    const on = pathname === '/v1/push' ? 'push' : 'pull';
    const fault = this.takeFault(on);
    const entry: Logged = { method: init.method, path: pathname, status: 200 };
    if (on === 'push') entry.mutations = (JSON.parse(init.body ?? '{}') as { mutations: unknown[] }).mutations.length;
    this.log.push(entry);
    if (fault?.kind === 'network') {
      entry.status = 'cut';
      throw new TypeError('fetch failed');
    }
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      return reply(fault.status, { error: 'injected' });
    }
    const user = this.tokens.get((init.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!user) {
      entry.status = 401;
      return reply(401, { error: 'unauthorized' });
    }
    if (pathname === '/v1/me')
      return reply(200, { id: user.id, email: `${user.id}@agency.test`, name: user.name, role: 'csm' });
    const response = on === 'push' ? this.push(user.id, JSON.parse(init.body!)) : this.pull(user.id, searchParams);
    if (fault?.kind === 'cut_after_commit') {
      entry.status = 'cut';
      throw new TypeError('socket hang up');
    }
    entry.status = response.status;
    return response;
  };

  private takeFault(on: 'push' | 'pull'): Fault | undefined {
    const i = this.faults.findIndex((f) => f.on === on);
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  private push(userId: string, body: { mutations: Mutation[] }): TransportResponse {
    if (body.mutations.length > this.maxMutationsPerPush) return reply(413, { error: 'too many mutations' });
    const results = body.mutations.map((m) => {
      const earlier = this.results.get(m.mutationId);
      if (earlier) return earlier.status === 'applied' ? { ...earlier, status: 'duplicate' as const } : earlier;
      const result = this.apply(userId, m);
      this.results.set(m.mutationId, result);
      if (result.status === 'applied') this.applyCount.set(m.mutationId, (this.applyCount.get(m.mutationId) ?? 0) + 1);
      return result;
    });
    return reply(200, { results });
  }

  private apply(userId: string, m: Mutation): MutationResult {
    const refuse = (reason: RejectReason, message: string): MutationResult => ({
      mutationId: m.mutationId,
      status: 'rejected',
      reason,
      message,
    });
    const existing = this.get(m.table, m.id);
    const accountId = m.table === 'accounts' ? m.id : String(existing?.accountId ?? m.fields.accountId ?? '');
    if (!this.inScope(userId, accountId)) return refuse('out_of_scope', 'This account is not in your book.');
    if (Object.keys(m.fields).some((k) => (SERVER_OWNED_FIELDS as readonly string[]).includes(k)))
      return refuse('forbidden', 'server-owned field');
    const custom = this.refuse(m);
    if (custom) return refuse(custom.reason, custom.message);
    const live = existing && !existing.deleted ? existing : undefined;
    if (m.op === 'delete') {
      if (live) this.edit(m.table, m.id, { deleted: true });
      return { mutationId: m.mutationId, status: 'applied', rev: this.rev };
    }
    if (m.op === 'patch' && !live) return refuse('not_found', 'That item was deleted.');
    const candidate = { ...(live ?? {}), ...m.fields, id: m.id, rev: this.rev + 1, deleted: false, updatedAt: NOW };
    const checked = validateRow(m.table, candidate);
    if (!checked.ok) return refuse('validation', checked.problems.join('; '));
    this.rows.set(`${m.table}/${m.id}`, { table: m.table, row: { ...(checked.value as Row), rev: ++this.rev } });
    return { mutationId: m.mutationId, status: 'applied', rev: this.rev };
  }

  private pull(userId: string, params: URLSearchParams): TransportResponse {
    const limit = Number(params.get('limit') ?? 100);
    // Like the team server, a pull from no cursor starts the book over, as does an unknown one.
    const [epoch, revText] = (params.get('cursor') ?? '0:0').split(':');
    const reset = Number(epoch) !== this.epoch;
    const since = reset ? 0 : Number(revText);
    const visible = [...this.rows.values()]
      .filter(
        ({ table, row }) =>
          row.rev > since && this.inScope(userId, accountIdOf(table, row as { id: string; accountId?: string })),
      )
      .sort((a, b) => a.row.rev - b.row.rev);
    const page = visible.slice(0, limit);
    const more = visible.length > limit;
    const until = more ? page[page.length - 1]!.row.rev : this.rev;
    const changes: PulledChange[] = page.map(({ table, row }) => ({
      table,
      id: row.id,
      rev: row.rev,
      deleted: row.deleted,
      row: row.deleted ? null : row,
    }));
    const removedAccounts = this.removals
      .filter((r) => r.fromUserId === userId && r.rev > since && r.rev <= until && !this.inScope(userId, r.accountId))
      .map((r) => r.accountId);
    const body: PullResponse = { cursor: `${this.epoch}:${until}`, more, reset, changes, removedAccounts };
    return reply(200, structuredClone(body));
  }

  private inScope(userId: string, accountId: string): boolean {
    const account = this.get('accounts', accountId);
    return !!account && !account.deleted && account.ownerId === userId;
  }

  private tokensById(userId: string): string {
    return [...this.tokens.values()].find((u) => u.id === userId)?.name ?? '';
  }
}

function reply(status: number, body: unknown): TransportResponse {
  return { status, json: async () => structuredClone(body) };
}
