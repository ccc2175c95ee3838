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
import type { CliIo } from './io';

/**
 * `npm run server -- [--port 8787] [--data DIR] [--allow-origin ORIGIN]… [--trust-proxy ADDR]…
 * [--max-connections-per-client N] [--rate-limit N] [--tombstone-days 90]`; DATABASE_URL=postgres://… for a PostgreSQL server.
 * Serves until `onStopRequest` calls back (SIGINT/SIGTERM in the bin), then closes gracefully —
 * stops accepting, closes the database, removes `fieldbook.lock` — and resolves to the exit code.
 */
export async function runServer(argv: readonly string[], io: CliIo, onStopRequest: StopRequest): Promise<number> {
  // Asked for before anything opens: a signal during start-up still closes what started.
  const stopRequested = new Promise<void>((resolve) => onStopRequest(resolve));
  const running: Running = { lock: null, db: null, apps: [], purge: null };
  try {
    await startServer(serverOptions([...argv]), io, running);
  } catch (error) {
    await closeAll(running);
    io.stderr(`server: ${startFailure(error)}\n`);
    return 1;
  }
  await stopRequested;
  return (await closeAll(running)) ? 0 : 1;
}

/** How the process asks a running server to stop: the bin passes SIGINT and SIGTERM. */
export type StopRequest = (stop: () => void) => void;

interface Running {
  lock: DataLock | null;
  db: Db | null;
  apps: FastifyInstance[];
  purge: TombstoneSchedule | null;
}

async function startServer(options: ReturnType<typeof serverOptions>, io: CliIo, running: Running): Promise<void> {
  const { port, dataDir, logLevel, allowedOrigins, trustProxy, limits, tombstoneDays } = options;
  const databaseUrl = io.env.DATABASE_URL || undefined;
  const secret = randomBytes(32).toString('base64url');
  if (!databaseUrl) {
    const attempt = acquireDataLock(dataDir, { kind: 'server', port: null, secret });
    if (!attempt.ok) {
      const who =
        attempt.holder.kind === 'server'
          ? `a server (pid ${attempt.holder.pid}, port ${attempt.holder.port})`
          : `an admin command (pid ${attempt.holder.pid})`;
      throw new UsageError(`The data folder ${dataDir} is already in use by ${who}.`);
    }
    running.lock = attempt.lock;
  }
  const db = await openDatabase({ databaseUrl, dataDir });
  running.db = db;
  const logger = serverLogger(logLevel);
  const app = await buildApp({ db, logger, allowedOrigins, limits, trustProxy });
  running.apps.push(app);
  await app.listen({ host: '127.0.0.1', port });
  running.purge = scheduleTombstonePurge({
    db,
    days: tombstoneDays,
    now: io.now,
    report: (event) =>
      'purged' in event
        ? app.log.info({ event: 'tombstones.purged', purged: event.purged, days: tombstoneDays })
        : app.log.error({ event: 'tombstones.purge_failed', reason: event.error }),
  });
  if (running.lock) {
    // The folder's owner runs admin commands for the CLI, on a local port of its own.
    const admin = await buildAdminApp(db, secret, io.now, logger);
    running.apps.push(admin);
    await admin.listen({ host: '127.0.0.1', port: 0 });
    running.lock.update({ port: portOf(app), adminPort: portOf(admin) });
  }
}

/** Stops accepting, closes the database, then removes the lock (even when a close failed). */
async function closeAll(running: Running): Promise<boolean> {
  let clean = true;
  const failed = () => {
    clean = false;
  };
  running.purge?.stop();
  try {
    for (const app of running.apps) await app.close().catch(failed);
    await running.db?.close().catch(failed);
  } finally {
    running.lock?.release();
  }
  return clean;
}

function startFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EADDRINUSE' ? 'that port is already in use; pick another with --port.' : message.split('\n')[0]!;
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
