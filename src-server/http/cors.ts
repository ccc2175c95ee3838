import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Cross-origin access for the app itself: the browser build (http://127.0.0.1:5173 for
 * `npm run web`, :4173 for the e2e preview) and the Electron app (`app://fieldbook`) call the
 * API from another origin with `Authorization: Bearer`, which needs a preflight.
 *
 * Only listed origins get an `Access-Control-Allow-Origin`, and it names that origin, never `*`.
 * No cookies are involved (the token travels in a header), so credentials are never allowed.
 * Only the headers the sync client sends are allowed: the admin secret header is not, so a web
 * page can never drive the admin route.
 */

/** Loopback web pages on any port, and the desktop app. */
export const DEFAULT_ALLOWED_ORIGINS = [
  'http://127.0.0.1:*',
  'http://localhost:*',
  'http://[::1]:*',
  'app://fieldbook',
] as const;

const ALLOWED_METHODS = 'GET, POST';
const ALLOWED_HEADERS = 'authorization, content-type';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Parses `--allow-origin` values: exact origins (`https://fieldbook.agency.com`) or `scheme://host:*`
 * for any port of one host. Throws on anything else, so a typo never opens the server wider.
 */
export function parseAllowedOrigins(values: readonly string[]): string[] {
  return values.map((raw) => {
    const value = raw.trim().replace(/\/+$/, '');
    if (value === '*') throw new Error('--allow-origin "*" is refused: name each origin the app is served from.');
    const pattern = /^(https?|app):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:(\d{1,5}|\*))?$/i;
    if (!pattern.test(value))
      throw new Error(
        `--allow-origin "${raw}" is not an origin such as https://fieldbook.agency.com or http://127.0.0.1:*.`,
      );
    return value.toLowerCase();
  });
}

/** True when `origin` (as the browser sends it) matches one of the allowed origins. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  const candidate = origin.toLowerCase();
  return allowed.some((entry) => {
    if (!entry.endsWith(':*')) return candidate === entry;
    const prefix = entry.slice(0, -1);
    return candidate.startsWith(prefix) && /^\d{1,5}$/.test(candidate.slice(prefix.length));
  });
}

export function installCors(app: FastifyInstance, allowed: readonly string[] = DEFAULT_ALLOWED_ORIGINS): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
    if (origin === undefined) return;
    reply.header('vary', 'Origin');
    if (!isAllowedOrigin(origin, allowed)) {
      if (!preflight) return;
      request.log.warn({ event: 'cors.refused', origin }, 'refused a preflight from an origin that is not allowed');
      return reply.code(403).send({
        error: 'forbidden_origin',
        reason: `Requests from ${origin} are not allowed; start the server with --allow-origin ${origin}.`,
      });
    }
    reply.header('access-control-allow-origin', origin);
    if (!preflight) return;
    return reply
      .code(204)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS)
      .send();
  });
}
