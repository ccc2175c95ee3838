import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BookFile } from '../../../src-core/model';
import { importBook } from '../../../src-server/admin/import-book';
import { startE2eTeamServer, type E2eTeamServer } from './team-server';

/**
 * Issue 3's sync performance, in Chromium with a persistent context on a fresh profile directory
 * and a fixed port (DESIGN §3: on-disk IndexedDB, same origin every run): the first sync of the
 * 40-account demo book, of a 500-account book, and a sync after 1% of the rows changed on the
 * server — each beside the same rows written straight into IndexedDB in the same browser.
 */
export const SYNC_BENCH_PORT = 4179;

export interface SyncBenchResult {
  name: string;
  rows: number;
  syncMs: number;
  directMs: number;
  /** Pulling the same rows into memory only: the server's and the network's share. */
  pullOnlyMs: number;
}

type Bench = {
  firstSync(u: string, t: string): Promise<Timed>;
  resync(t: string): Promise<Timed>;
  cursorOf(t: string): Promise<string | null>;
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

export async function measureSync(options: { bigAccounts?: number } = {}): Promise<SyncBenchResult[]> {
  const bigAccounts = options.bigAccounts ?? 500;
  const server = await startE2eTeamServer();
  const profile = mkdtempSync(join(tmpdir(), 'fieldbook-sync-bench-'));
  const http = await servePage(await pageBundle(), SYNC_BENCH_PORT);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${SYNC_BENCH_PORT}/`);
    const results: SyncBenchResult[] = [];
    const books = [
      { name: 'first sync, demo book', email: 'demo@bench.test', accounts: 40 },
      { name: 'first sync, large book', email: 'large@bench.test', accounts: bigAccounts },
    ];
    const tokens: string[] = [];
    for (const b of books) {
      const token = await server.createUser(b.email, b.name);
      tokens.push(token);
      await server.seedDemo(b.email, { accounts: b.accounts, seed: `bench-${b.accounts}` });
      const synced = checked(await call(page, 'firstSync', server.url, token), b.name);
      const pulled = await call(page, 'fetchChanges', server.url, token, null);
      const direct = await call(page, 'directWrite', `bench-direct-${b.accounts}`);
      results.push({
        name: `${b.name} (${b.accounts} accounts)`,
        rows: synced.rows,
        syncMs: synced.ms,
        directMs: direct.ms,
        pullOnlyMs: pulled.ms,
      });
    }
    const large = tokens[1]!;
    const cursor = await call(page, 'cursorOf', large);
    const changed = await changeOnePercent(server, books[1]!.email);
    const resynced = checked(await call(page, 'resync', large), '1% changed');
    const pulled = await call(page, 'fetchChanges', server.url, large, cursor);
    const direct = await call(page, 'directWrite', `bench-direct-${bigAccounts}`);
    const name = `sync after 1% of rows changed (${bigAccounts} accounts, ${changed} rows)`;
    results.push({ name, rows: resynced.rows, syncMs: resynced.ms, directMs: direct.ms, pullOnlyMs: pulled.ms });
    return results;
  } finally {
    await context.close();
    http.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
