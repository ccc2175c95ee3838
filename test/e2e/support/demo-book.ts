import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
} from '@playwright/test';
import { openDemoBook } from '../helpers';

/**
 * A test that starts on the demo book says so once, for its file or describe block:
 * `test.use({ demoBook: MONDAY_MORNING })` (or `'today'` for the real clock). Its page then opens
 * on the Book of the demo book generated at that instant, like a CSM's laptop that opened it in an
 * earlier session: the first test to ask for an instant opens the demo book through the app
 * (`openDemoBook`, the welcome screen's button) in a browser profile of its own and waits until
 * the book worker has stored every account's results; every test then gets a copy of that
 * profile (IndexedDB, local storage, the service worker). Generating and writing the book in
 * every test took about 5 of the 2-core machine's CPU seconds each; copying the profile takes a
 * tenth of a second. The page's clock is installed at the same instant, as `openDemoBook` does.
 * Tests of opening itself (the welcome screen, replacing a book, the first cold open) still call
 * `openDemoBook` on a fresh page.
 */
export type DemoBookAt = Date | 'today';

interface DemoBookFixtures {
  /** The instant the demo book is opened at; unset, the page starts on an empty browser. */
  demoBook: DemoBookAt | undefined;
}

/** Profiles live beside the run's other output, which Playwright empties at the start of a run. */
const TEMPLATES = resolve('test-results', '.demo-books');
const DEMO_ACCOUNTS = 40;

export const test = base.extend<DemoBookFixtures>({
  demoBook: [undefined, { option: true }],
  context: async (
    { context, demoBook, playwright, launchOptions, contextOptions, baseURL, viewport, timezoneId, serviceWorkers },
    use,
  ) => {
    if (demoBook === undefined) return use(context);
    const at = demoBook === 'today' ? undefined : demoBook;
    const settings: BrowserContextOptions = { ...contextOptions, baseURL, viewport, timezoneId, serviceWorkers };
    const launch = { ...launchOptions, ...settings };
    const template = await demoTemplate(launch, at, () => playwright.chromium);
    const profile = mkdtempSync(join(tmpdir(), 'fieldbook-e2e-'));
    cpSync(template, profile, { recursive: true });
    const copy = await playwright.chromium.launchPersistentContext(profile, launch);
    try {
      if (at) await copy.clock.install({ time: at });
      await use(copy);
    } finally {
      await copy.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
  page: async ({ context, demoBook }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    if (demoBook !== undefined) {
      await page.goto('/#/book');
      await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible();
      await expect(page.locator('.account-link').first()).toBeVisible();
    }
    await use(page);
  },
});

export { expect };

type Chromium = () => { launchPersistentContext(dir: string, options: LaunchOptions): Promise<BrowserContext> };

/**
 * The profile holding the demo book opened at `at` (now when unset) under these options; made once
 * per run by whichever worker asks first, while the others wait for it.
 */
async function demoTemplate(options: LaunchOptions & BrowserContextOptions, at: Date | undefined, chromium: Chromium) {
  const key = JSON.stringify({ at: at?.toISOString() ?? 'today', tz: options.timezoneId, sw: options.serviceWorkers });
  const dir = join(TEMPLATES, createHash('sha256').update(key).digest('hex').slice(0, 16));
  const ready = join(dir, '.ready');
  mkdirSync(TEMPLATES, { recursive: true });
  try {
    mkdirSync(`${dir}.lock`);
  } catch {
    await expect.poll(() => existsSync(ready), { timeout: 90_000, message: `demo book profile ${key}` }).toBe(true);
    return dir;
  }
  try {
    await openInProfile(dir, options, at, chromium);
  } catch (error) {
    // The next test to ask makes it again, rather than every waiting one timing out.
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(ready, key);
  return dir;
}

async function openInProfile(
  dir: string,
  options: LaunchOptions & BrowserContextOptions,
  at: Date | undefined,
  chromium: Chromium,
) {
  const context = await chromium().launchPersistentContext(dir, options);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openDemoBook(page, at);
    await expect.poll(() => storedResults(page), { timeout: 60_000 }).toBe(DEMO_ACCOUNTS);
    // A later session's app comes from the service worker's cache, as a CSM's laptop's does.
    if (options.serviceWorkers !== 'block') await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
  } finally {
    await context.close();
  }
}

/** How many accounts' results the book worker has stored in the demo book's database. */
export function storedResults(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('fieldbook-demo');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('accountResults').objectStore('accountResults').count();
          count.onsuccess = () => {
            open.result.close();
            done(count.result);
          };
        };
      }),
  );
}
