/**
 * Why a sync stopped, in the CSM's words. Transient kinds (offline, server, rate_limited) are
 * retried with backoff; the others need someone to act (sign in, update the app).
 */
export type SyncErrorKind = 'offline' | 'server' | 'rate_limited' | 'sign_in' | 'forbidden' | 'too_large' | 'protocol';

const MESSAGES: Record<SyncErrorKind, string> = {
  offline: "Can't reach the team server. Your changes are kept and will sync when the connection is back.",
  server: 'The team server had a problem. Your changes are kept; Fieldbook will try again shortly.',
  rate_limited: 'The team server is busy. Your changes are kept; Fieldbook will try again shortly.',
  sign_in: 'Your sign-in has expired or was revoked. Sign in again to keep syncing; your changes are kept.',
  forbidden: 'The team server refused this sign-in. Ask your admin to check your account; your changes are kept.',
  too_large: 'A change is too large for the team server.',
  protocol: 'The team server sent a reply Fieldbook does not understand. Your changes are kept; check for an update.',
};

export class SyncError extends Error {
  override readonly name = 'SyncError';

  constructor(
    readonly kind: SyncErrorKind,
    /** For logs: HTTP status or the underlying failure. */
    readonly detail = '',
    readonly status?: number,
  ) {
    super(MESSAGES[kind]);
  }

  get transient(): boolean {
    return this.kind === 'offline' || this.kind === 'server' || this.kind === 'rate_limited';
  }
}

/** The error an HTTP status means, or null when the status is a success. */
export function errorForStatus(status: number, detail = ''): SyncError | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return new SyncError('sign_in', detail, status);
  if (status === 403) return new SyncError('forbidden', detail, status);
  if (status === 413) return new SyncError('too_large', detail, status);
  if (status === 429) return new SyncError('rate_limited', detail, status);
  if (status === 408 || status >= 500) return new SyncError('server', detail, status);
  return new SyncError('protocol', detail, status);
}
