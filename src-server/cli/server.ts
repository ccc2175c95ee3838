import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/adapter';
import { openDatabase } from '../db/open';
import { buildAdminApp } from '../http/admin-app';
import { buildApp, serverLogger } from '../http/app';
import { DEFAULT_ALLOWED_ORIGINS, parseAllowedOrigins } from '../http/cors';
import { DEFAULT_LIMITS } from '../http/limits';
import { scheduleTombstonePurge, type TombstoneSchedule } from '../store/tombstone-schedule';
import { DEFAULT_TOMBSTONE_DAYS } from '../store/tombstones';
import { UsageError, parseCommandLine, wholeNumber } from './args';
import { acquireDataLock, type DataLock } from './data-lock';

/**
 * `npm run server -- [--port 8787] [--data DIR] [--allow-origin ORIGIN]… [--trust-proxy ADDR]…
 * [--max-connections-per-client N] [--rate-limit N] [--tombstone-days 90]`; DATABASE_URL=postgres://… for a PostgreSQL server.
 */
async function main(): Promise<void> {
  const { port, dataDir, logLevel, allowedOrigins, trustProxy, limits, tombstoneDays } = serverOptions(
    process.argv.slice(2),
  );
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const secret = randomBytes(32).toString('base64url');
  let lock: DataLock | null = null;
  if (!databaseUrl) {
    const attempt = acquireDataLock(dataDir, { kind: 'server', port: null, secret });
    if (!attempt.ok) {
      const who =
        attempt.holder.kind === 'server'
          ? `a server (pid ${attempt.holder.pid}, port ${attempt.holder.port})`
          : `an admin command (pid ${attempt.holder.pid})`;
      throw new UsageError(`The data folder ${dataDir} is already in use by ${who}.`);
    }
    lock = attempt.lock;
  }
  let db: Db | null = null;
  const apps: FastifyInstance[] = [];
  let purge: TombstoneSchedule | null = null;
  try {
    db = await openDatabase({ databaseUrl, dataDir });
    const logger = serverLogger(logLevel);
    const app = await buildApp({ db, logger, allowedOrigins, limits, trustProxy });
    apps.push(app);
    await app.listen({ host: '127.0.0.1', port });
    purge = scheduleTombstonePurge({
      db,
      days: tombstoneDays,
      now: () => new Date(),
      report: (event) =>
        'purged' in event
          ? app.log.info({ event: 'tombstones.purged', purged: event.purged, days: tombstoneDays })
          : app.log.error({ event: 'tombstones.purge_failed', reason: event.error }),
    });
    if (lock) {
      // The folder's owner runs admin commands for the CLI, on a local port of its own.
      const admin = await buildAdminApp(db, secret, () => new Date(), logger);
      apps.push(admin);
      await admin.listen({ host: '127.0.0.1', port: 0 });
      lock.update({ port: portOf(app), adminPort: portOf(admin) });
    }
    const stop = async () => {
      purge?.stop();
      for (const a of apps) await a.close();
      await db?.close();
      lock?.release();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  } catch (error) {
    purge?.stop();
    for (const a of apps) await a.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

function serverOptions(argv: string[]) {
  const { values } = parseCommandLine(argv, {
    port: { type: 'string', default: '8787' },
    data: { type: 'string', default: './.data/server' },
    'log-level': { type: 'string', default: 'info' },
    'allow-origin': { type: 'string', multiple: true },
    'trust-proxy': { type: 'string', multiple: true },
    'max-connections-per-client': { type: 'string', default: String(DEFAULT_LIMITS.maxConnectionsPerClient) },
    'rate-limit': { type: 'string', default: String(DEFAULT_LIMITS.rateLimit.max) },
    'tombstone-days': { type: 'string', default: String(DEFAULT_TOMBSTONE_DAYS) },
  });
  const perClient = wholeNumber(values['max-connections-per-client']!, 'max-connections-per-client', 1, 100_000);
  const rate = wholeNumber(values['rate-limit']!, 'rate-limit', 1, 1_000_000);
  return {
    port: wholeNumber(values.port ?? '8787', 'port', 0, 65_535),
    dataDir: resolve(values.data ?? './.data/server'),
    logLevel: values['log-level'],
    // A bad origin stops the server with a one-line reason (main's catch) rather than opening it wider.
    allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS, ...parseAllowedOrigins(listOf(values['allow-origin']))],
    trustProxy: listOf(values['trust-proxy']),
    limits: { maxConnectionsPerClient: perClient, rateLimit: { ...DEFAULT_LIMITS.rateLimit, max: rate } },
    // Deletes are kept this long for laptops that have not synced; one older than that resets.
    tombstoneDays: wholeNumber(values['tombstone-days']!, 'tombstone-days', 1, 36_500),
  };
}

function portOf(app: FastifyInstance): number {
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

function listOf(value: unknown): string[] {
  return (value as string[] | undefined) ?? [];
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    `server: ${code === 'EADDRINUSE' ? 'that port is already in use; pick another with --port.' : message.split('\n')[0]}\n`,
  );
  process.exit(1);
});
