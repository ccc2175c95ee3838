import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * src-core is pure (no DOM, IndexedDB, process state or mocks), so its files share one module
 * graph per worker (`isolate: false`): each file no longer re-imports the core — half the CPU
 * time of that directory. The server suites hold no module state either (no mocks, no globals,
 * no environment writes; every server, database and folder is closed in its own file's hooks):
 * they share one graph too and import Fastify, PGlite and pg once per worker, not once per file.
 * Of the rest, every file that touches what a module graph shares (see NEEDS_ISOLATION) keeps a
 * fresh graph per file; the others share one, as the core does.
 */
const PURE = ['test/src-core/**/*.test.ts', 'test/src-core/**/*.test.tsx'];
const SERVER = ['test/src-server/**/*.test.ts'];
/** Builds out/server; makes the migrated PGlite cluster test databases start from. */
const SERVER_SETUP = ['test/support/build-server.ts', 'test/support/pglite-template.ts'];

/**
 * What a later file in the same worker would inherit: module mocks, spies, stubbed globals, fake
 * timers, environment writes, and fake-indexeddb (one in-memory IndexedDB per graph, where
 * databases of the same name would meet).
 */
const NEEDS_ISOLATION =
  /vi\.(mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|fake-indexeddb|process\.env\.\w+\s*=|delete process\.env|globalThis\.\w+\s*=|defineProperty\(globalThis|process\.chdir|@vitest-environment/;

/** The test files outside src-core and src-server that touch none of that, read afresh each run. */
function sharedGraphFiles(): string[] {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' })
    .map((file) => `test/${file}`)
    .filter((file) => /\.test\.tsx?$/.test(file) && !/^test\/(e2e|src-core|src-server)\//.test(file))
    .filter((file) => !NEEDS_ISOLATION.test(readFileSync(`${root}${file}`, 'utf8')))
    .sort();
}
const SHARED = sharedGraphFiles();

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
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', ...PURE, ...SERVER, ...SHARED],
          // The sync suites here start real test servers.
          globalSetup: ['test/support/pglite-template.ts'],
        },
      },
    ],
  },
});
