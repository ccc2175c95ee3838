import { describe, expect, it } from 'vitest';
import { syncedAgo, syncStatusLine } from '../../../../src-renderer/features/sync/sync-status-line';
import { INITIAL_SYNC_STATUS, SyncError, type SyncStatus } from '../../../../src-renderer/sync';

const NOW = Date.parse('2026-09-14T09:00:00.000Z');
const online = { online: true, signedIn: true, now: NOW };
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_SYNC_STATUS, ...patch });

describe('the status bar line for a team server book', () => {
  it('says all changes are synced, and how long ago', () => {
    expect(syncStatusLine(status({ lastSyncedAt: '2026-09-14T08:58:00.000Z' }), online)).toEqual({
      text: 'All changes synced · 2 min ago',
      tone: 'ok',
      detail: null,
    });
    expect(syncStatusLine(status({ lastSyncedAt: '2026-09-14T08:59:40.000Z' }), online).text).toBe(
      'All changes synced · just now',
    );
    expect(syncStatusLine(status({}), online).text).toBe('Not synced yet');
  });

  it('counts pending changes', () => {
    expect(syncStatusLine(status({ pending: 3, lastSyncedAt: '2026-09-14T08:00:00.000Z' }), online)).toEqual({
      text: '3 changes pending',
      tone: 'pending',
      detail: null,
    });
    expect(syncStatusLine(status({ pending: 1 }), online).text).toBe('1 change pending');
    expect(syncStatusLine(status({ pending: 1_200 }), online).text).toBe('1,200 changes pending');
  });

  it('says offline changes wait for the connection', () => {
    expect(syncStatusLine(status({ pending: 3 }), { ...online, online: false })).toEqual({
      text: 'Offline — 3 changes will sync when you reconnect',
      tone: 'offline',
      detail: null,
    });
    expect(syncStatusLine(status({}), { ...online, online: false }).text).toBe('Offline — working locally');
  });

  it('counts down to the next try after a transient failure (RELIABILITY 6)', () => {
    const error = { kind: 'server' as const, message: new SyncError('server').message };
    const retrying = status({ phase: 'syncing', pending: 3, retrying: { attempt: 2, inMs: 19_400 }, error });
    expect(syncStatusLine(retrying, online)).toEqual({
      text: '3 changes pending · retrying in 20 s',
      tone: 'pending',
      detail: 'The team server had a problem. Your changes are kept; Fieldbook will try again shortly.',
    });
    expect(syncStatusLine({ ...retrying, pending: 0 }, online).text).toBe('Retrying in 20 s');
  });

  it('asks to sign in when the token was refused or is not on this laptop (RELIABILITY 7)', () => {
    const refused = status({
      phase: 'error',
      pending: 2,
      error: { kind: 'sign_in', message: new SyncError('sign_in').message },
    });
    expect(syncStatusLine(refused, online)).toEqual({
      text: 'Sign in to sync',
      tone: 'error',
      detail: 'Your sign-in has expired or was removed. 2 changes kept on this laptop.',
    });
    expect(syncStatusLine(status({}), { ...online, signedIn: false }).detail).toBe(
      'Your sign-in has expired or was removed. Your book stays on this laptop.',
    );
  });

  it('says the other changes synced when some could not (the list is linked beside it), and names a server it cannot reach', () => {
    expect(syncStatusLine(status({ couldntSync: 2, lastSyncedAt: '2026-09-14T08:00:00.000Z' }), online)).toEqual({
      text: 'All other changes synced · 1 h ago',
      tone: 'error',
      detail: null,
    });
    expect(syncStatusLine(status({ pending: 1, couldntSync: 1 }), online)).toEqual({
      text: '1 change pending',
      tone: 'pending',
      detail: null,
    });
    expect(syncStatusLine(status({ phase: 'offline', pending: 4 }), online).text).toBe(
      'Can’t reach the team server — 4 changes pending',
    );
  });

  it('shows a first sync as a download', () => {
    const first = status({ phase: 'syncing', progress: { firstSync: true, pages: 3, rows: 2_500 } });
    expect(syncStatusLine(first, online)).toEqual({
      text: 'Downloading your book… 2,500 items',
      tone: 'busy',
      detail: null,
    });
    expect(syncStatusLine(status({ phase: 'syncing' }), online).text).toBe('Syncing…');
  });

  it('writes "ago" in minutes, hours, then a date', () => {
    expect(syncedAgo('2026-09-14T08:00:30.000Z', NOW)).toBe('59 min ago');
    expect(syncedAgo('2026-09-14T06:00:00.000Z', NOW)).toBe('3 h ago');
    expect(syncedAgo('2026-09-12T12:00:00.000Z', NOW)).toBe('on 12 Sept');
  });
});
