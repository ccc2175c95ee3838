import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { AdminError } from '../admin/admin-error';
import { ADMIN_COMMANDS, runAdminRequest, type AdminRequest } from '../admin/commands';
import type { Db } from '../db/adapter';
import { capConnectionsPerClient } from './connection-cap';
import { installErrorHandlers } from './errors';

export const ADMIN_SECRET_HEADER = 'x-fieldbook-admin-secret';
/** A book file for a few thousand accounts is tens of MB; only the secret's holder may send one. */
export const ADMIN_BODY_LIMIT = 256 * 1024 * 1024;

/**
 * While a server holds a PGlite data folder, admin commands reach the database through it: the
 * folder has one owner. They come in on a channel of their own — a second listener on 127.0.0.1
 * with its own port, written to the lock file beside the secret — so a reverse proxy in front of
 * the sync port never exposes it. The secret is checked in `onRequest`, before any body is read:
 * without it, not a byte of a (possibly huge) body is buffered.
 */
export async function buildAdminApp(
  db: Db,
  secret: string,
  now: () => Date,
  logger: FastifyServerOptions['logger'] = false,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: ADMIN_BODY_LIMIT,
    // Commands may run for minutes after the body arrived: no idle timeout, but the request
    // itself must arrive in good time.
    connectionTimeout: 0,
    requestTimeout: 300_000,
    http: { headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
  });
  capConnectionsPerClient(app.server, 8, (address) =>
    app.log.warn({ event: 'admin.too_many_connections', address }, 'closed an admin connection over the cap'),
  );
  installErrorHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    if (hasSecret(request.headers[ADMIN_SECRET_HEADER], secret)) return;
    request.log.warn({ event: 'admin.refused' }, 'refused an admin command without the lock-file secret');
    return reply
      .code(403)
      .send({ error: 'forbidden', reason: 'Admin commands need the secret in the data folder lock file.' });
  });
  app.post('/v1/admin/run', async (request, reply) => {
    const body = request.body as AdminRequest | undefined;
    if (!body || typeof body !== 'object' || !ADMIN_COMMANDS.includes(body.command)) {
      return reply.code(400).send({ error: 'bad_request', reason: 'Unknown admin command.' });
    }
    try {
      const result = await runAdminRequest(db, body, now().toISOString());
      request.log.info({ event: 'admin.ran', command: body.command }, 'ran an admin command');
      return { ok: true, ...result };
    } catch (error) {
      if (!(error instanceof AdminError)) throw error;
      request.log.info(
        { event: 'admin.refused_input', command: body.command, reason: error.message },
        'admin command refused',
      );
      return reply.code(400).send({ error: 'bad_input', reason: error.message });
    }
  });
  return app;
}

function hasSecret(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
