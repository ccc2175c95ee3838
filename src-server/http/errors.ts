import type { FastifyError, FastifyInstance } from 'fastify';
import { installEarlyRefusalClose } from './early-refusal';
import { loggableUrl } from './log-safety';

/**
 * Every error leaves as JSON with a reason a person can read and a code a client can act on:
 * 413 so the sync client splits its batch, 429 so it backs off (it already does, as for 5xx),
 * 400 for malformed requests, 500 (logged) otherwise.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      request.log.warn({ event: 'request.too_large', url: loggableUrl(request.url) }, 'refused an oversized request');
      return reply
        .code(413)
        .send({ error: 'too_large', reason: 'The request is too large: send fewer changes at a time.' });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      request.log.warn({ event: 'request.rate_limited', ip: request.ip }, 'refused a request over the rate limit');
      return reply.code(429).send({ error: 'rate_limited', reason: 'Too many requests: wait a moment and try again.' });
    }
    if (status >= 400 && status < 500) {
      request.log.info({ event: 'request.bad', code: error.code }, 'refused a malformed request');
      return reply
        .code(status)
        .send({ error: 'bad_request', reason: `The request is malformed (${error.code ?? 'invalid'}).` });
    }
    request.log.error({ event: 'request.failed', err: error }, 'request failed');
    return reply
      .code(500)
      .send({ error: 'server_error', reason: 'The server could not finish this request; try again.' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', reason: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );
  installEarlyRefusalClose(app);
}
