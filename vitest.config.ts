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
 * Of the other files, those that touch what a module graph shares (NEEDS_ISOLATION) keep a fresh
 * graph per file (`rest`); the others share one (`shared`; `idb` for those on fake-indexeddb, each
 * file on an empty IndexedDB of its own). Files are sorted by reading them, so a new test that
 * mocks is isolated without anyone listing it.
 */
const PURE = ['test/src-core/**/*.test.ts', 'test/src-core/**/*.test.tsx'];
const SERVER = ['test/src-server/**/*.test.ts'];
/** Builds out/server; makes the migrated PGlite cluster test databases start from. */
const SERVER_SETUP = ['test/support/build-server.ts', 'test/support/pglite-template.ts'];

/**
 * What a later file in the same worker would inherit: module mocks, spies, stubbed globals, fake
 * timers, environment writes. A file that does any of it keeps a fresh module graph (`rest`).
 */
const NEEDS_ISOLATION =
  /vi\.(mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|process\.env\.\w+\s*=|delete process\.env|globalThis\.\w+\s*=|defineProperty\(globalThis|process\.chdir|@vitest-environment/;
/** fake-indexeddb: one in-memory IndexedDB per graph, which test/support/fresh-indexeddb.ts renews per file. */
const USES_INDEXEDDB = /fake-indexeddb/;

/** The test files outside src-core and src-server, read afresh each run, by what they touch. */
function restFiles(): { shared: string[]; indexedDb: string[] } {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' })
    .map((file) => `test/${file}`)
    .filter((file) => /\.test\.tsx?$/.test(file) && !/^test\/(e2e|src-core|src-server)\//.test(file))
    .map((file) => ({ file, text: readFileSync(`${root}${file}`, 'utf8') }))
    .filter(({ text }) => !NEEDS_ISOLATION.test(text));
  const pick = (idb: boolean) => files.filter(({ text }) => USES_INDEXEDDB.test(text) === idb).map(({ file }) => file);
  return { shared: pick(false), indexedDb: pick(true) };
}
const { shared: SHARED, indexedDb: INDEXEDDB } = restFiles();

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
          name: 'idb',
          include: INDEXEDDB,
          isolate: false,
          setupFiles: ['test/support/fresh-indexeddb.ts'],
          // The sync suites here start real test servers.
          globalSetup: ['test/support/pglite-template.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', ...PURE, ...SERVER, ...SHARED, ...INDEXEDDB],
        },
      },
    ],
  },
});
