import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { generateDemoBook } from '../src-core/demo';
import type { BookFile } from '../src-core/model';

/**
 * The browser build of the app in Chromium (persistent profile: IndexedDB on disk, as in the app)
 * with the stress book imported through its own "Import a book file": the moments a CSM feels.
 * Every time is taken inside the page with `performance.now()`, polled each animation frame.
 */
export const APP_BENCH_PORT = Number(process.env.FIELDBOOK_BENCH_APP_PORT ?? 4180);
const ROOT = resolve(import.meta.dirname, '..');

export interface AppSession {
  page: Page;
  book: BookFile;
  close(): Promise<void>;
}

export function stressBook(accounts: number): BookFile {
  return generateDemoBook({
    seed: `bench-app-${accounts}`,
    accounts,
    years: 2,
    asOf: new Date().toISOString().slice(0, 10),
    owner: { id: 'u-bench', email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' },
  });
}

/** Builds the web app, serves it, opens Chromium; `heapBefore` is read on the first screen, before any book. */
export async function openApp(book: BookFile): Promise<AppSession & { heapBeforeMb: number }> {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.web.config.ts'),
    preview: { port: APP_BENCH_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-app-bench-'));
  const file = join(dir, 'stress-book.json');
  writeFileSync(file, JSON.stringify(book));
  const context: BrowserContext = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-precise-memory-info'],
    ignoreDefaultArgs: ['--enable-automation'],
    viewport: { width: 1440, height: 900 },
    baseURL: `http://127.0.0.1:${APP_BENCH_PORT}`,
  });
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx keeps function names with a `__name` helper the page does not have: give it one.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.addInitScript(recordFirstSeen, Object.values(BOOK_SEEN));
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import a book file/ }).click();
    const heapBeforeMb = await heapMb(page);
    await (await chooser).setFiles(file);
    await page.getByRole('navigation', { name: 'Fieldbook' }).waitFor({ timeout: 600_000 });
    return { page, book, close, heapBeforeMb };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The live JS heap of the page and of its workers (the book worker holds the book), in MB, each
 * read after a full garbage collection through the DevTools protocol. The main thread's
 * `performance.memory` alone left out the book worker and counted garbage not yet collected: one
 * read of the same screen gave 12 MB in one run and 200 MB in the next.
 */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const workers: string[] = [];
  const replies = new Map<number, (result: { usedSize?: number }) => void>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result ?? {});
  });
  let next = 0;
  const inWorker = (sessionId: string, method: string) =>
    new Promise<{ usedSize?: number }>((done) => {
      const id = ++next;
      replies.set(id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  try {
    // Already-running workers are announced before this returns.
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await cdp.send('HeapProfiler.collectGarbage');
    let used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    for (const worker of workers) {
      await inWorker(worker, 'HeapProfiler.collectGarbage');
      used += (await inWorker(worker, 'Runtime.getHeapUsage')).usedSize ?? 0;
    }
    return used / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** What the Book's open is timed by: its first row, then the first row with health. */
export const BOOK_SEEN = { rows: '.book-row', health: '.book-row .health-badge' };

/**
 * Records, from the page's first frame, the frame in which each of `BOOK_SEEN` first matched
 * (on a load of the Book only, and until all have). Installed before the app's own code, so the
 * timing costs the page one `querySelector` a frame: waiting with Playwright's `waitForFunction`
 * put its injected script on the main thread mid-open (35–170 ms in traced opens).
 */
function recordFirstSeen(selectors: string[]): void {
  const seen: Record<string, number> = {};
  (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen = seen;
  if (location.hash !== '#/book') return;
  const frame = () => {
    for (const s of selectors) if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
    if (selectors.some((s) => !(s in seen))) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Milliseconds since the page's navigation started at which `selector` (one of `BOOK_SEEN`) first matched. */
export function firstSeenAt(page: Page, selector: string, timeout = 300_000): Promise<number> {
  return page.evaluate(
    ([s, ms]) =>
      new Promise<number>((ok, fail) => {
        const start = performance.now();
        const check = () => {
          const at = (window as unknown as { __firstSeen?: Record<string, number> }).__firstSeen?.[s];
          if (at !== undefined) ok(at);
          else if (performance.now() - start > ms) fail(new Error(`${s} did not show`));
          else setTimeout(check, 50);
        };
        check();
      }),
    [selector, timeout] as const,
  );
}

/**
 * Milliseconds from changing the hash to the screen being fully rendered: for the prep screen,
 * its own `prep:rendered` mark (set once every section has committed); otherwise the first
 * frame in which a heading with `heading` text is on screen.
 */
export function navigationMs(page: Page, hash: string, heading: string | null): Promise<number> {
  return page.evaluate(
    ([to, text]) =>
      new Promise<number>((ok, fail) => {
        const start = performance.now();
        const doneAt = (): number | null => {
          if (text === null) {
            const mark = performance.getEntriesByName('prep:rendered').at(-1);
            return mark && mark.startTime > start ? mark.startTime : null;
          }
          const h1 = document.querySelector('h1');
          return h1?.textContent?.includes(text) ? performance.now() : null;
        };
        location.hash = to;
        const poll = () => {
          const at = doneAt();
          if (at !== null) ok(at - start);
          else if (performance.now() - start > 60_000) fail(new Error(`${to} did not finish rendering`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    [hash, heading] as const,
  );
}

/** Dropped frames while scrolling the Book's table from top to bottom (or, with `idle`, while not scrolling). */
export function droppedFrames(page: Page, idle: boolean, frames = 120): Promise<number> {
  return page.evaluate(
    ([still, count]) =>
      new Promise<number>((ok) => {
        const table = document.querySelector<HTMLElement>('.book-table')!;
        table.scrollTop = 0;
        const step = (table.scrollHeight - table.clientHeight) / count;
        let last = performance.now();
        let dropped = 0;
        let left = count;
        const frame = (now: number) => {
          // A frame that took two intervals or more dropped at least one.
          dropped += Math.max(0, Math.round((now - last) / (1000 / 60)) - 1);
          last = now;
          if (!still) table.scrollTop += step;
          if (--left > 0) requestAnimationFrame(frame);
          else ok(dropped);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(frame);
        });
      }),
    [idle, frames] as const,
  );
}

/** The longest main-thread task since the page loaded, in ms. */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
}

/**
 * The results the book worker stored for the next cold open (store/stored-results.ts), counted in
 * the open book's database; with `clear`, deleted first, as on a first open after an upgrade.
 */
export function storedResults(page: Page, clear = false): Promise<number> {
  return page.evaluate(async (wipe) => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('fieldbook-'));
    let total = 0;
    for (const name of names) {
      total += await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('accountResults')) {
            db.close();
            resolve(0);
            return;
          }
          const store = db.transaction('accountResults', wipe ? 'readwrite' : 'readonly').objectStore('accountResults');
          if (wipe) store.clear();
          const count = store.count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      });
    }
    return total;
  }, clear);
}
