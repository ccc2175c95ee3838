/**
 * How much any one client may ask of the server. Nothing here reads a body before the caller is
 * known: authentication runs in `onRequest`, so these limits bound what a signed-in client sends.
 */
export interface ServerLimits {
  /** Bytes of body any route reads, unless it says otherwise. */
  bodyLimit: number;
  /** A push may carry a few 2 MB notes (which are then rejected one by one, not the batch). */
  pushBodyLimit: number;
  /** The whole request (headers and body) must arrive within this. */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** A socket silent this long is closed, mid-request or not. */
  connectionTimeoutMs: number;
  /** An idle keep-alive socket is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open sockets per remote address; more are closed as they connect. */
  maxConnectionsPerClient: number;
  /** Requests per client (remote address, or the forwarded one with --trust-proxy) per window; then 429. */
  rateLimit: { max: number; windowMs: number };
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyLimit: 64 * 1024,
  pushBodyLimit: 8 * 1024 * 1024,
  // The app gives up on a request after 30 s (fetchTransport), so the server does too.
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  connectionTimeoutMs: 30_000,
  keepAliveTimeoutMs: 10_000,
  maxConnectionsPerClient: 64,
  // A laptop syncs every few minutes with a handful of requests; a first sync of a large book
  // takes a few dozen. 600 a minute leaves an office behind one address plenty of room.
  rateLimit: { max: 600, windowMs: 60_000 },
};

export function withDefaults(limits: Partial<ServerLimits> = {}): ServerLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
