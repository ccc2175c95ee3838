import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AdminError } from '../admin/admin-error';
import { runAdminRequest, type AdminRequest } from '../admin/commands';
import { TEAM_SETTINGS_COMMANDS } from '../admin/team-settings';
import type { Db } from '../db/adapter';

export const ADMIN_SECRET_HEADER = 'x-fieldbook-admin-secret';
const ADMIN_BODY_LIMIT = 512 * 1024 * 1024;
const COMMANDS = new Set([
  'create-user',
  'seed-demo',
  'import',
  'import-crm',
  'export-activities',
  'mark-exported',
  'reassign',
  'export-book',
  'rotate-token',
  ...TEAM_SETTINGS_COMMANDS,
]);

/**
 * While a server holds a PGlite data folder, admin commands reach the database through it: the
 * folder has one owner. The secret is in the lock file, readable only by the user who started
 * the server, and the server listens on 127.0.0.1 only.
 */
export function registerAdminRoutes(app: FastifyInstance, db: Db, secret: string, now: () => Date): void {
  app.post('/v1/admin/run', { bodyLimit: ADMIN_BODY_LIMIT }, async (request, reply) => {
    const given = Buffer.from(String(request.headers[ADMIN_SECRET_HEADER] ?? ''));
    const expected = Buffer.from(secret);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      request.log.warn({ event: 'admin.refused' }, 'refused an admin command without the lock-file secret');
      return reply
        .code(403)
        .send({ error: 'forbidden', reason: 'Admin commands need the secret in the data folder lock file.' });
    }
    const body = request.body as AdminRequest | undefined;
    if (!body || typeof body !== 'object' || !COMMANDS.has(body.command)) {
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
}
