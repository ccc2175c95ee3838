import type { FastifyRequest } from 'fastify';

/** Query parameters whose values are safe and useful in a log line; every other value is redacted. */
const LOGGED_PARAMS = new Set(['limit']);
/** Path segments shaped like a token (a mistaken `/v1/pull/TOKEN`) are redacted too. */
const TOKEN_SHAPED = /[A-Za-z0-9_-]{32,}/g;

/**
 * The URL as logs may show it: a token pasted into a query string (`?token=…`, `?access_token=…`)
 * or a path is never written verbatim — only the parameter names, and `limit`'s value.
 */
export function loggableUrl(url: string): string {
  const at = url.indexOf('?');
  const path = (at < 0 ? url : url.slice(0, at)).replace(TOKEN_SHAPED, '[redacted]');
  if (at < 0) return path;
  const params = new URLSearchParams(url.slice(at + 1));
  const shown = [...params].map(([name, value]) =>
    LOGGED_PARAMS.has(name) && /^\d{1,6}$/.test(value) ? `${name}=${value}` : `${name}=[redacted]`,
  );
  return `${path}?${shown.join('&').replace(TOKEN_SHAPED, '[redacted]')}`;
}

/**
 * Pino options for the server: JSON lines, and never a token or the admin secret — not in a
 * header, not in a query string. `stream` is for tests that read the log lines.
 */
export function serverLogger(level = 'info', stream?: NodeJS.WritableStream) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-fieldbook-admin-secret"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggableUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
  };
}
