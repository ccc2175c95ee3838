import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../db/adapter';
import { cursorSecret } from '../sync/cursor';
import { installCors } from './cors';
import { registerAdminRoutes } from './admin-routes';
import { installErrorHandlers } from './errors';
import { registerSettingsRoutes } from './settings-routes';
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
  /** Origins the app is served from (see cors.ts); default: loopback and app://fieldbook. */
  allowedOrigins?: readonly string[];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
  });
  app.decorateRequest('user', null);
  installCors(app, options.allowedOrigins);
  installErrorHandlers(app);
  const now = options.now ?? (() => new Date());
  registerSyncRoutes(app, {
    db: options.db,
    cursorSecret: await cursorSecret(options.db),
    now,
    pushBodyLimit: options.pushBodyLimit ?? PUSH_BODY_LIMIT,
  });
  registerSettingsRoutes(app, { db: options.db, now });
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
