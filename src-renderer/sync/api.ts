import type { Me, Mutation, PullResponse, PushResponse } from '../../src-core/sync/protocol';
import {
  settingsPullSchema,
  type SettingsEdit,
  type SettingsPullResponse,
  type SettingsPushResponse,
} from '../../src-core/sync/settings-protocol';
import { SyncError, errorForStatus } from './errors';

/**
 * The team server's HTTP API of DESIGN §8, over an injected `fetch`-like transport so tests can
 * cut connections, delay replies or deliver a page twice.
 */
export interface TransportResponse {
  status: number;
  json(): Promise<unknown>;
}

export type Transport = (
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
) => Promise<TransportResponse>;

export interface SyncApi {
  me(): Promise<Me>;
  push(clientId: string, mutations: Mutation[]): Promise<PushResponse>;
  pull(cursor: string | null, limit: number): Promise<PullResponse>;
  /** The CSM's own and the team's settings layers changed after `since` (README: Settings that follow you). */
  settings(since: number): Promise<SettingsPullResponse>;
  pushSettings(clientId: string, edits: SettingsEdit[]): Promise<SettingsPushResponse>;
}

export function createSyncApi(options: { serverUrl: string; token: string; transport: Transport }): SyncApi {
  const base = options.serverUrl.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' };

  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    let response: TransportResponse;
    try {
      response = await options.transport(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new SyncError('offline', String(cause));
    }
    const failure = errorForStatus(response.status, `${method} ${path}`);
    if (failure) throw failure;
    try {
      return await response.json();
    } catch (cause) {
      // A reply cut off mid-body is a dropped connection, not a broken server: retry.
      throw new SyncError('offline', `unreadable reply to ${method} ${path}: ${String(cause)}`);
    }
  }

  return {
    me: async () => call('GET', '/v1/me') as Promise<Me>,
    push: async (clientId, mutations) => checkPush(await call('POST', '/v1/push', { clientId, mutations }), mutations),
    pull: async (cursor, limit) => {
      const query = `limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      return checkPull(await call('GET', `/v1/pull?${query}`));
    },
    settings: async (since) => {
      const parsed = settingsPullSchema.safeParse(await call('GET', `/v1/settings?since=${since}`));
      if (!parsed.success) throw new SyncError('protocol', 'settings reply is not a list of layers');
      return parsed.data;
    },
    pushSettings: async (clientId, edits) => {
      const reply = (await call('POST', '/v1/settings', { clientId, edits })) as SettingsPushResponse | null;
      const ok =
        Array.isArray(reply?.results) &&
        reply.results.length === edits.length &&
        reply.results.every((r, i) => r?.editId === edits[i]!.editId);
      if (!ok) throw new SyncError('protocol', 'settings reply does not match the edits sent');
      return reply!;
    },
  };
}

/** One result per mutation, in order (DESIGN §8); anything else must not touch the outbox. */
function checkPush(reply: unknown, sent: Mutation[]): PushResponse {
  const results = (reply as PushResponse | null)?.results;
  const ok =
    Array.isArray(results) &&
    results.length === sent.length &&
    results.every(
      (r, i) => r?.mutationId === sent[i]!.mutationId && ['applied', 'duplicate', 'rejected'].includes(r.status),
    );
  if (!ok) throw new SyncError('protocol', 'push reply does not match the mutations sent');
  return { results };
}

function checkPull(reply: unknown): PullResponse {
  const page = reply as PullResponse | null;
  const ok =
    !!page &&
    typeof page.cursor === 'string' &&
    typeof page.more === 'boolean' &&
    typeof page.reset === 'boolean' &&
    Array.isArray(page.changes) &&
    Array.isArray(page.removedAccounts) &&
    (page.removedRows === undefined || Array.isArray(page.removedRows)) &&
    (page.accountsComplete === undefined ||
      (Array.isArray(page.accountsComplete) && page.accountsComplete.every((id) => typeof id === 'string'))) &&
    (page.accountsInBook === undefined || Number.isSafeInteger(page.accountsInBook));
  if (!ok) throw new SyncError('protocol', 'pull reply is not a page');
  return page;
}

/** The browser's (and Electron renderer's) `fetch`, with a timeout so a dead connection is retried. */
export function fetchTransport(timeoutMs = 30_000): Transport {
  return (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}
