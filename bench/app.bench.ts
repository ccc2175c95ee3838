import type { BookFile } from '../src-core/model';
import {
  droppedFrames,
  BOOK_SEEN,
  firstSeenAt,
  heapMb,
  longestTask,
  navigationMs,
  openApp,
  storedResults,
  stressBook,
  type AppSession,
} from './app-bench';
import { figure, median, type BenchSuite, type Measurement } from './harness';

/**
 * `book.open`, `book.scroll`, `prep.open` and `renderer.heap`: the browser build with the stress
 * book, in Chromium. The same load's DOMContentLoaded (the app's code fetched, parsed and run, no
 * book read yet) is the floor for the Book with health: what no change to the Book can beat;
 * the rows alone are in the notes. An in-app navigation to Settings is the floor for the prep screen;
 * the first screen before any book is the floor for the heap; the same frames while not
 * scrolling are the floor for scrolling.
 */

/** The account with the most rows: the heaviest prep screen in the book. */
function largestAccount(book: BookFile): string {
  const rows = new Map<string, number>();
  for (const [table, list] of Object.entries(book.tables)) {
    if (table === 'accounts') continue;
    for (const row of list as { accountId: string }[]) rows.set(row.accountId, (rows.get(row.accountId) ?? 0) + 1);
  }
  return [...rows].sort((a, b) => b[1] - a[1])[0]![0];
}

/** How long the app stays closed between two opens: the closed page's last IndexedDB request drains meanwhile. */
const CLOSED_MS = 1_000;

/**
 * Milliseconds from a fresh load of the Book until its rows, then its health, show; and the same
 * load's `DOMContentLoaded` (the app's code fetched, parsed and run, before any read of the book).
 */
async function openOnce(app: AppSession): Promise<{ codeAt: number; rowsAt: number; healthAt: number }> {
  await app.page.goto('about:blank');
  await app.page.waitForTimeout(CLOSED_MS);
  await app.page.goto('/#/book');
  const rowsAt = await firstSeenAt(app.page, BOOK_SEEN.rows);
  const healthAt = await firstSeenAt(app.page, BOOK_SEEN.health);
  const codeAt = await app.page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  return { codeAt, rowsAt, healthAt };
}

/** Waits until the worker has stored every account's results (it stores them after its first reply). */
async function untilStored(app: AppSession): Promise<void> {
  const accounts = app.book.tables.accounts.length;
  const deadline = Date.now() + 600_000;
  while ((await storedResults(app.page)) < accounts) {
    if (Date.now() > deadline) throw new Error('the book worker did not store its results');
    await app.page.waitForTimeout(500);
  }
}

/**
 * A CSM's cold open: the app was used before, so the worker's results of the last session are in
 * the store. The same open with nothing stored (the first open after an upgrade) is in the notes.
 */
async function bookOpen(app: AppSession, runs: number, size: string): Promise<Measurement> {
  await app.page.goto('/#/book');
  await untilStored(app);
  await storedResults(app.page, true);
  const unstored = await openOnce(app);
  const codeAt: number[] = [];
  const rowsAt: number[] = [];
  const healthAt: number[] = [];
  let longest = 0;
  for (let i = 0; i < runs; i++) {
    await untilStored(app);
    const open = await openOnce(app);
    codeAt.push(open.codeAt);
    rowsAt.push(open.rowsAt);
    healthAt.push(open.healthAt);
    longest = Math.max(longest, await longestTask(app.page));
  }
  return figure({
    id: 'book.open',
    name: 'the Book, opened, until health shows',
    size,
    samples: healthAt,
    baselineName: 'the same load’s code run (DOMContentLoaded), before any read',
    baselineSamples: codeAt,
    budget: { ms: 500 },
    notes:
      `from a fresh load ${CLOSED_MS / 1000} s after the last, health stored by the last session; rows without` +
      ` health ${Math.round(median(rowsAt))} ms; with nothing stored ${Math.round(unstored.healthAt)} ms` +
      ` (rows ${Math.round(unstored.rowsAt)} ms); longest main-thread task ${Math.round(longest)} ms`,
  });
}

async function bookScroll(app: AppSession, runs: number, size: string): Promise<Measurement> {
  const scrolled: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < runs; i++) {
    idle.push(await droppedFrames(app.page, true));
    scrolled.push(await droppedFrames(app.page, false));
  }
  return figure({
    id: 'book.scroll',
    name: 'dropped frames scrolling the Book top to bottom in 2 s',
    size,
    samples: scrolled,
    baselineName: 'dropped frames over 2 s, not scrolling',
    baselineSamples: idle,
    unit: 'frames',
    budget: { ms: 0 },
  });
}

async function prepOpen(app: AppSession, runs: number, size: string): Promise<Measurement> {
  const accountId = largestAccount(app.book);
  const prep: number[] = [];
  const settings: number[] = [];
  for (let i = 0; i < runs; i++) {
    await navigationMs(app.page, '#/book', 'Book');
    settings.push(await navigationMs(app.page, '#/settings', 'Settings'));
    await navigationMs(app.page, '#/book', 'Book');
    prep.push(await navigationMs(app.page, `#/accounts/${encodeURIComponent(accountId)}/prep`, null));
  }
  return figure({
    id: 'prep.open',
    name: 'the largest account’s prep, navigation to fully rendered',
    size,
    samples: prep,
    baselineName: 'navigation to Settings',
    baselineSamples: settings,
    budget: { ms: 300 },
  });
}

export const appSuite: BenchSuite = {
  name: 'app',
  async run(quick) {
    const accounts = quick ? 60 : 500;
    const book = stressBook(accounts);
    const rows = Object.values(book.tables).reduce((n, t) => n + t.length, 0);
    const size = `${accounts} accounts, 2 years, ${rows.toLocaleString('en-US')} rows`;
    const app = await openApp(book);
    try {
      const runs = quick ? 2 : 5;
      const open = await bookOpen(app, runs, size);
      // The heap with the stress book open on the Book, health shown.
      const heap = figure({
        id: 'renderer.heap',
        name: 'JS heap with the stress book open',
        size,
        samples: [await heapMb(app.page)],
        baselineName: 'the first screen, no book',
        baselineSamples: [app.heapBeforeMb],
        unit: 'MB',
        budget: { ms: 300 },
      });
      const scroll = await bookScroll(app, runs, size);
      const prep = await prepOpen(app, quick ? 3 : 7, size);
      return [open, scroll, prep, heap];
    } finally {
      await app.close();
    }
  },
};
