import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Db } from '../db/adapter';
import { openDatabase } from '../db/open';
import { buildApp, serverLogger } from '../http/app';
import { DEFAULT_ALLOWED_ORIGINS, parseAllowedOrigins } from '../http/cors';
import { UsageError, parseCommandLine, wholeNumber } from './args';
import { acquireDataLock, type DataLock } from './data-lock';

/** `npm run server -- [--port 8787] [--data DIR] [--allow-origin ORIGIN]…`; DATABASE_URL=postgres://… for a PostgreSQL server. */
async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    port: { type: 'string', default: '8787' },
    data: { type: 'string', default: './.data/server' },
    'log-level': { type: 'string', default: 'info' },
    'allow-origin': { type: 'string', multiple: true },
  });
  const port = wholeNumber(values.port ?? '8787', 'port', 0, 65_535);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(values.data ?? './.data/server');
  const secret = randomBytes(32).toString('base64url');
  // A bad origin stops the server with a one-line reason (main's catch) rather than opening it wider.
  const allowedOrigins = [
    ...DEFAULT_ALLOWED_ORIGINS,
    ...parseAllowedOrigins((values['allow-origin'] as unknown as string[] | undefined) ?? []),
  ];
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
  try {
    db = await openDatabase({ databaseUrl, dataDir });
    const app = await buildApp({
      db,
      logger: serverLogger(values['log-level']),
      adminSecret: lock ? secret : undefined,
      allowedOrigins,
    });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    lock?.update({ port: typeof address === 'object' && address ? address.port : port });
    const stop = async () => {
      await app.close();
      await db?.close();
      lock?.release();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    `server: ${code === 'EADDRINUSE' ? 'that port is already in use; pick another with --port.' : message.split('\n')[0]}\n`,
  );
  process.exit(1);
});
