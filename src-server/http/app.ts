import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../db/adapter';
import { cursorSecret } from '../sync/cursor';
import { registerAdminRoutes } from './admin-routes';
import { installErrorHandlers } from './errors';
import { registerSyncRoutes } from './sync-routes';

/** A push may carry a few 2 MB notes (which are then rejected one by one, not the batch). */
export const PUSH_BODY_LIMIT = 8 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /** When set, admin commands can run through this server (PGlite data folder owner). */
  adminSecret?: string;
  pushBodyLimit?: number;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
  });
  app.decorateRequest('user', null);
  installErrorHandlers(app);
  const now = options.now ?? (() => new Date());
  registerSyncRoutes(app, {
    db: options.db,
    cursorSecret: await cursorSecret(options.db),
    now,
    pushBodyLimit: options.pushBodyLimit ?? PUSH_BODY_LIMIT,
  });
  if (options.adminSecret) registerAdminRoutes(app, options.db, options.adminSecret, now);
  return app;
}

/** Pino options for the server: JSON lines, and never a token or the admin secret. */
export function serverLogger(level = 'info') {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-fieldbook-admin-secret"]'], censor: '[redacted]' },
  };
}
