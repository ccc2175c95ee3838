import type { SyncStatus } from '../../sync';

/**
 * The status bar's one line about sync, in plain words: what the CSM can trust right now and
 * what happens next. Pure, so every case is tested with its exact wording.
 */
export type SyncTone = 'ok' | 'busy' | 'pending' | 'offline' | 'error';

export interface SyncStatusLine {
  text: string;
  tone: SyncTone;
  /** A second line when it helps: why, or what to do. */
  detail: string | null;
}

export interface SyncContext {
  /** The browser's own idea of the network (navigator.onLine). */
  online: boolean;
  /** False when the book's server has no token on this laptop (signed out, or after a browser reload). */
  signedIn: boolean;
  /** Milliseconds since the epoch, for "2 min ago". */
  now: number;
}

export const changes = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'change' : 'changes'}`;

/** "just now", "2 min ago", "3 h ago", "on 14 Sep". */
export function syncedAgo(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return `on ${new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}`;
}

export function syncStatusLine(status: SyncStatus, context: SyncContext): SyncStatusLine {
  const kept =
    status.pending > 0 ? `${changes(status.pending)} kept on this laptop.` : 'Your book stays on this laptop.';
  if (!context.signedIn || status.error?.kind === 'sign_in') {
    return { text: 'Sign in to sync', tone: 'error', detail: `Your sign-in has expired or was removed. ${kept}` };
  }
  if (!context.online) {
    const text =
      status.pending > 0
        ? `Offline — ${changes(status.pending)} will sync when you reconnect`
        : 'Offline — working locally';
    return { text, tone: 'offline', detail: null };
  }
  switch (status.phase) {
    case 'syncing':
      return syncingLine(status);
    case 'offline':
      return {
        text:
          status.pending > 0
            ? `Can’t reach the team server — ${changes(status.pending)} pending`
            : 'Can’t reach the team server',
        tone: 'offline',
        detail: 'Fieldbook tries again every few minutes and when you reconnect.',
      };
    case 'error':
      return { text: 'Sync stopped', tone: 'error', detail: status.error?.message ?? null };
    case 'idle':
      return idleLine(status, context.now);
  }
}

function syncingLine(status: SyncStatus): SyncStatusLine {
  if (status.retrying) {
    const seconds = Math.max(1, Math.ceil(status.retrying.inMs / 1000));
    const text =
      status.pending > 0 ? `${changes(status.pending)} pending · retrying in ${seconds} s` : `Retrying in ${seconds} s`;
    return { text, tone: 'pending', detail: status.error?.message ?? null };
  }
  if (status.progress?.firstSync) {
    return {
      text: `Downloading your book… ${status.progress.rows.toLocaleString('en-US')} items`,
      tone: 'busy',
      detail: null,
    };
  }
  return { text: 'Syncing…', tone: 'busy', detail: null };
}

function idleLine(status: SyncStatus, now: number): SyncStatusLine {
  // Refused changes are not repeated here: the status block links to them with their count.
  if (status.pending > 0) return { text: `${changes(status.pending)} pending`, tone: 'pending', detail: null };
  if (!status.lastSyncedAt) return { text: 'Not synced yet', tone: 'pending', detail: null };
  const ago = syncedAgo(status.lastSyncedAt, now);
  if (status.couldntSync > 0) return { text: `All other changes synced · ${ago}`, tone: 'error', detail: null };
  return { text: `All changes synced · ${ago}`, tone: 'ok', detail: null };
}
