import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/adapter';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, pull } from '../sync/pull';
import { push } from '../sync/push';
import { requireUser, userOf } from './auth';

export interface SyncRouteOptions {
  db: Db;
  cursorSecret: string;
  now: () => Date;
  pushBodyLimit: number;
}

/** The HTTP API of DESIGN §8. */
export function registerSyncRoutes(app: FastifyInstance, options: SyncRouteOptions): void {
  const { db, cursorSecret } = options;
  const auth = requireUser(db);

  // A load balancer takes a server whose database is unreachable out of rotation.
  app.get('/v1/health', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { ok: true };
    } catch (error) {
      request.log.error({ event: 'health.db_down', err: error }, 'database unreachable');
      return reply.code(503).send({ ok: false, reason: 'The database is unreachable.' });
    }
  });

  // Every route but health authenticates in onRequest: before the body is read (see auth.ts).
  app.get('/v1/me', { onRequest: auth }, async (request) => {
    const { id, email, name, role } = userOf(request);
    return { id, email, name, role };
  });

  app.get<{ Querystring: { cursor?: string; limit?: string } }>(
    '/v1/pull',
    { onRequest: auth },
    async (request, reply) => {
      const { cursor, limit } = request.query;
      const pageSize = limit === undefined ? DEFAULT_PULL_LIMIT : /^\d{1,6}$/.test(limit) ? Number(limit) : NaN;
      if (!(pageSize >= 1 && pageSize <= MAX_PULL_LIMIT)) {
        return reply
          .code(400)
          .send({ error: 'bad_limit', reason: `limit must be a whole number from 1 to ${MAX_PULL_LIMIT}.` });
      }
      if (cursor !== undefined && typeof cursor !== 'string') {
        return reply.code(400).send({ error: 'bad_cursor', reason: 'Send one cursor.' });
      }
      const user = userOf(request);
      const outcome = await pull(db, cursorSecret, user, cursor, pageSize);
      if (!outcome.ok) {
        request.log.warn({ event: 'pull.bad_cursor', userId: user.id, reason: outcome.reason }, 'refused a cursor');
        return reply.code(400).send({ error: 'bad_cursor', reason: outcome.reason });
      }
      if (outcome.cursorProblem) {
        request.log.warn(
          { event: 'pull.cursor_reset', userId: user.id, reason: outcome.cursorProblem },
          'unreadable cursor: full resync',
        );
      }
      return outcome.response;
    },
  );

  app.post('/v1/push', { onRequest: auth, bodyLimit: options.pushBodyLimit }, async (request, reply) => {
    const user = userOf(request);
    const outcome = await push(db, user, request.body, options.now().toISOString(), (result, detail) =>
      request.log.warn(
        { event: 'push.rejected', userId: user.id, mutationId: result.mutationId, reason: result.reason, ...detail },
        `refused a mutation: ${result.reason}`,
      ),
    );
    if (!outcome.ok) return reply.code(400).send({ error: 'bad_push', reason: outcome.reason });
    return outcome.response;
  });
}
