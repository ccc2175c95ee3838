import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * src-core is pure (no DOM, IndexedDB, process state or mocks), so its files share one module
 * graph per worker (`isolate: false`): each file no longer re-imports the core — half the CPU
 * time of that directory. The server suites hold no module state either (no mocks, no globals,
 * no environment writes; every server, database and folder is closed in its own file's hooks):
 * they share one graph too and import Fastify, PGlite and pg once per worker, not once per file.
 * Every other directory keeps a fresh module graph per file.
 */
const PURE = ['test/src-core/**/*.test.ts', 'test/src-core/**/*.test.tsx'];
const SERVER = ['test/src-server/**/*.test.ts'];
/** Builds out/server; makes the migrated PGlite cluster test databases start from. */
const SERVER_SETUP = ['test/support/build-server.ts', 'test/support/pglite-template.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: ONE on a 2-core machine, leaving a core
    // idle while much of the suite waits on PGlite, servers, LibreOffice and the JVM.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'core', include: PURE, isolate: false } },
      { extends: true, test: { name: 'server', include: SERVER, isolate: false, globalSetup: SERVER_SETUP } },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', ...PURE, ...SERVER],
          // The sync suites here start real test servers.
          globalSetup: ['test/support/pglite-template.ts'],
        },
      },
    ],
  },
});
