import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDemoBook } from '../../../src-core/demo';
import type { BookFile } from '../../../src-core/model';
import { importBook } from '../../../src-server/admin/import-book';
import { APP_SYNC_OPTIONS } from '../../../src-renderer/session/sync-options';
import { createSyncApi, fetchTransport } from '../../../src-renderer/sync';
import { startE2eTeamServer, type E2eTeamServer } from './team-server';

/**
 * Sync performance in Chromium with persistent contexts on fresh profile directories and a fixed
 * port (on-disk IndexedDB, same origin every run): first syncs of a typical and a stress book,
 * each run in a browser of its own (freshBrowsers), and a sync after 1% of the stress book changed on the
 * server — each beside the same rows written straight into IndexedDB in the same browser. And the
 * server's share: the stress book pulled over HTTP beside a plain SELECT of the same rows.
 */
export const SYNC_BENCH_PORT = 4179;

export interface SyncRun {
  syncMs: number;
  directMs: number;
  /** Pulling the same rows into memory only: the server's and the network's share. */
  pullOnlyMs: number;
  rows: number;
}

export interface BookSpec {
  accounts: number;
  years: number;
  runs: number;
}

export interface SyncBenchResult {
  typical: SyncRun[];
  stress: SyncRun[];
  resync: SyncRun[];
  resyncChanged: number;
  serverPull: { pullMs: number[]; selectMs: number[]; rows: number };
}

type Bench = {
  firstSync(u: string, t: string): Promise<Timed>;
  resync(t: string): Promise<Timed>;
  cursorOf(t: string): Promise<string | null>;
  bookDbOf(t: string): Promise<string>;
  fetchChanges(u: string, t: string, c: string | null): Promise<{ rows: number; ms: number }>;
  directWrite(db: string): Promise<{ ms: number; rows: number }>;
};
type Timed = { ms: number; rows: number; phase: string; error: string | null };

async function pageBundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'sync-bench-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

function servePage(script: string, port: number): Promise<Server> {
  const html = `<!doctype html><meta charset="utf-8"><title>sync bench</title><script>${script.replace(/<\/script/g, '<\\/script')}</script>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

const call = <K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(
    ([n, a]) =>
      (window as unknown as { fieldbookBench: Record<string, (...x: unknown[]) => unknown> }).fieldbookBench[
        n as string
      ]!(...(a as unknown[])),
    [name, args] as const,
  ) as ReturnType<Bench[K]>;

function checked(t: Timed, what: string): Timed {
  if (t.phase !== 'idle') throw new Error(`${what}: sync ended ${t.phase}: ${t.error}`);
  return t;
}

/** Changes a text field on 1% of the book's rows (activities, then notes, then tasks) and re-imports it. */
async function changeOnePercent(server: E2eTeamServer, email: string): Promise<number> {
  const book: BookFile = await server.exportBook(email);
  const total = Object.values(book.tables).reduce((n, rows) => n + rows.length, 0);
  let left = Math.round(total / 100);
  const edit = <R extends { id: string }>(rows: R[], field: keyof R) => {
    for (let i = 0; i < rows.length && left > 0; i += 3, left--)
      rows[i] = { ...rows[i]!, [field]: `${String(rows[i]![field])} (edited)` };
  };
  edit(book.tables.activities, 'subject');
  edit(book.tables.notes, 'body');
  edit(book.tables.tasks, 'title');
  const summary = await importBook(server.db, email, book, new Date().toISOString());
  return summary.written;
}

/** A user on the server with a demo book of this size, history running up to today. */
async function seeded(server: E2eTeamServer, email: string, spec: BookSpec): Promise<string> {
  const token = await server.createUser(email, email);
  const [user] = await server.db.query<{ id: string; name: string; role: string }>(
    'SELECT id, name, role FROM users WHERE email = $1',
    [email],
  );
  const book = generateDemoBook({
    seed: `bench-${spec.accounts}-${spec.years}`,
    accounts: spec.accounts,
    years: spec.years,
    asOf: new Date().toISOString().slice(0, 10),
    owner: { id: user!.id, email, name: user!.name, role: user!.role as 'csm' },
  });
  await importBook(server.db, email, book, new Date().toISOString());
  return token;
}

/** A browser on a profile directory of its own, on the bench page; closing it removes the profile. */
interface Browser {
  page: Page;
  close(): Promise<void>;
}

/**
 * Each first sync, and each floor, starts in a browser on a fresh profile, as on a new laptop.
 * Chromium keeps one IndexedDB store per origin: a book deleted before the next run (the bench's
 * old `forget`) left that store compacting away the deleted rows during the runs after it (a
 * stress-book sync right after one took 12–22% longer than the first, in one measurement).
 */
function freshBrowsers(url: string) {
  return async (): Promise<Browser> => {
    const profile = mkdtempSync(join(tmpdir(), 'fieldbook-sync-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    return {
      page,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  };
}

/**
 * `runs` first syncs of one user's book, each beside its floor. The browser of the last run stays
 * open (signed in, its book complete) for the caller, which closes it.
 */
async function firstSyncs(
  open: () => Promise<Browser>,
  server: E2eTeamServer,
  token: string,
  spec: BookSpec,
): Promise<{ runs: SyncRun[]; last: Browser }> {
  const runs: SyncRun[] = [];
  for (let i = 0; ; i++) {
    const app = await open();
    let kept = false;
    try {
      const synced = checked(
        await call(app.page, 'firstSync', server.url, token),
        `first sync, ${spec.accounts} accounts`,
      );
      const floor = await open();
      try {
        const pulled = await call(floor.page, 'fetchChanges', server.url, token, null);
        const direct = await call(floor.page, 'directWrite', 'bench-direct');
        runs.push({ syncMs: synced.ms, directMs: direct.ms, pullOnlyMs: pulled.ms, rows: synced.rows });
      } finally {
        await floor.close();
      }
      kept = i === spec.runs - 1;
      if (kept) return { runs, last: app };
    } finally {
      if (!kept) await app.close();
    }
  }
}

/**
 * `runs` syncs of a signed-in book, each after 1% of its rows changed on the server, each beside
 * the same rows put again into the same book in one transaction.
 */
async function resyncs(page: Page, server: E2eTeamServer, token: string, email: string, runs: number) {
  const result: SyncRun[] = [];
  let changed = 0;
  for (let i = 0; i < runs; i++) {
    const cursor = await call(page, 'cursorOf', token);
    changed = await changeOnePercent(server, email);
    const synced = checked(await call(page, 'resync', token), '1% changed');
    const fetched = await call(page, 'fetchChanges', server.url, token, cursor);
    const direct = await call(page, 'directWrite', await call(page, 'bookDbOf', token));
    result.push({ syncMs: synced.ms, directMs: direct.ms, pullOnlyMs: fetched.ms, rows: synced.rows });
  }
  return { runs: result, changed };
}

/** The stress book over HTTP in the app's pages (`APP_SYNC_OPTIONS`), beside one plain SELECT of the same rows. */
async function serverPull(server: E2eTeamServer, token: string, email: string, runs: number) {
  const api = createSyncApi({ serverUrl: server.url, token, transport: fetchTransport() });
  const [user] = await server.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  const pullMs: number[] = [];
  const selectMs: number[] = [];
  let rows = 0;
  for (let i = 0; i <= runs; i++) {
    let start = performance.now();
    rows = 0;
    for (let cursor: string | null = null; ; ) {
      const page = await api.pull(cursor, APP_SYNC_OPTIONS.pageLimit);
      rows += page.changes.length;
      if (!page.more) break;
      cursor = page.cursor;
    }
    const pulled = performance.now() - start;
    start = performance.now();
    await server.db.query(
      `SELECT r.table_name, r.id, r.rev, r.deleted, r.data FROM rows r
        WHERE r.account_id IN (SELECT account_id FROM account_owners WHERE owner_id = $1)`,
      [user!.id],
    );
    const selected = performance.now() - start;
    // The first round warms the server and the database.
    if (i > 0) pullMs.push(pulled);
    if (i > 0) selectMs.push(selected);
  }
  return { pullMs, selectMs, rows };
}

export async function measureSync(typical: BookSpec, stress: BookSpec): Promise<SyncBenchResult> {
  const server = await startE2eTeamServer();
  const http = await servePage(await pageBundle(), SYNC_BENCH_PORT);
  const open = freshBrowsers(`http://127.0.0.1:${SYNC_BENCH_PORT}/`);
  let stressed: Browser | undefined;
  try {
    const typicalToken = await seeded(server, 'typical@bench.test', typical);
    const typicalRuns = await firstSyncs(open, server, typicalToken, typical);
    await typicalRuns.last.close();
    const stressEmail = 'stress@bench.test';
    const stressToken = await seeded(server, stressEmail, stress);
    const stressRuns = await firstSyncs(open, server, stressToken, stress);
    stressed = stressRuns.last;
    const pulled = await serverPull(server, stressToken, stressEmail, stress.runs);
    const resync = await resyncs(stressed.page, server, stressToken, stressEmail, stress.runs);
    return {
      typical: typicalRuns.runs,
      stress: stressRuns.runs,
      resync: resync.runs,
      resyncChanged: resync.changed,
      serverPull: pulled,
    };
  } finally {
    await stressed?.close();
    http.close();
    await server.close();
  }
}
