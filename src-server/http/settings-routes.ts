import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/adapter';
import { layersSince } from '../settings/settings-layers';
import { pushSettings } from '../settings/push-settings';
import { committedRev } from '../store/write-transaction';
import { requireUser, userOf } from './auth';

/** A branding edit carries a logo of up to 1 MB (1.4 MB as base64); a few edits fit with room to spare. */
export const SETTINGS_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Settings that follow the user (README: "Settings that follow you"). Neither route takes a user
 * id: the caller's own layers are the token's, so no request can read or write another user's.
 */
export function registerSettingsRoutes(app: FastifyInstance, options: { db: Db; now: () => Date }): void {
  const { db } = options;
  const auth = requireUser(db);

  app.get<{ Querystring: { since?: string } }>('/v1/settings', { onRequest: auth }, async (request, reply) => {
    const { since } = request.query;
    if (since !== undefined && (typeof since !== 'string' || !/^\d{1,15}$/.test(since))) {
      return reply.code(400).send({ error: 'bad_since', reason: 'since must be a revision (a whole number).' });
    }
    const user = userOf(request);
    return db.transaction(async (tx) => {
      // One snapshot: every layer at or below `rev` is in this reply or was in an earlier one.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const rev = await committedRev(tx);
      return { rev, layers: await layersSince(tx, user.id, Number(since ?? 0)) };
    });
  });

  app.post('/v1/settings', { onRequest: auth, bodyLimit: SETTINGS_BODY_LIMIT }, async (request, reply) => {
    const user = userOf(request);
    const outcome = await pushSettings(db, user, request.body, options.now().toISOString(), (result) =>
      request.log.warn(
        { event: 'settings.rejected', userId: user.id, editId: result.editId, reason: result.reason },
        `refused a settings edit: ${result.reason}`,
      ),
    );
    if (!outcome.ok) return reply.code(400).send({ error: 'bad_settings', reason: outcome.reason });
    return outcome.response;
  });
}
