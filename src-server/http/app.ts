import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../db/adapter';
import { cursorSecret } from '../sync/cursor';
import { capConnectionsPerClient } from './connection-cap';
import { installCors } from './cors';
import { installErrorHandlers } from './errors';
import { withDefaults, type ServerLimits } from './limits';
import { registerSettingsRoutes } from './settings-routes';
import { registerSyncRoutes } from './sync-routes';

export { serverLogger } from './log-safety';

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /** Body limits, timeouts, connection cap and rate limit; defaults in limits.ts. */
  limits?: Partial<ServerLimits>;
  /** Addresses of reverse proxies whose X-Forwarded-For names the client (rate limits per client). */
  trustProxy?: string[];
  /** Origins the app is served from (see cors.ts); default: loopback and app://fieldbook. */
  allowedOrigins?: readonly string[];
}

/**
 * The sync API (DESIGN §8). Admin commands are not here: they have their own local listener
 * (admin-app.ts). Requests are bounded in time (timeouts), in number (rate limit, connections
 * per client) and in size (body limits, applied only once the caller is known).
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = withDefaults(options.limits);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    ...(options.trustProxy && options.trustProxy.length > 0 ? { trustProxy: options.trustProxy } : {}),
    // Node checks request and header timeouts on this interval (default 30 s): check every second.
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
  });
  capConnectionsPerClient(app.server, limits.maxConnectionsPerClient, (address) =>
    app.log.warn({ event: 'request.too_many_connections', address }, 'closed connections over the per-client cap'),
  );
  app.decorateRequest('user', null);
  installCors(app, options.allowedOrigins);
  installErrorHandlers(app);
  // Registered before the routes, so its onRequest hook runs before authentication touches the
  // database: a flood is turned away without a query.
  await app.register(rateLimit, { max: limits.rateLimit.max, timeWindow: limits.rateLimit.windowMs });
  const now = options.now ?? (() => new Date());
  registerSyncRoutes(app, {
    db: options.db,
    cursorSecret: await cursorSecret(options.db),
    now,
    pushBodyLimit: limits.pushBodyLimit,
  });
  registerSettingsRoutes(app, { db: options.db, now });
  return app;
}
