import { expect, test, type Page } from '@playwright/test';
import { openDemoBook } from './helpers';

// The book worker's script is held back below; a service worker would serve it from its cache.
test.use({ serviceWorkers: 'block' });

/** How many accounts' results the book worker has stored in the demo book's database. */
function storedResults(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fieldbook-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('accountResults').objectStore('accountResults').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** Each row of the Book in view: the account's name and its health as the row shows it. */
function healthByRow(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Accounts in your book' })
    .locator('[data-index]')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('.account-link')?.textContent ?? '',
        r.querySelector('[data-figure="health"]')?.getAttribute('data-value') ?? 'not scored',
      ]),
    );
}

test('a cold open shows each account’s health from the last session before the book worker has read the book', async ({
  page,
}) => {
  await openDemoBook(page);
  const health = page.getByRole('table', { name: 'Accounts in your book' }).locator('[data-figure="health"]');
  await expect(health.first()).toBeVisible();
  // The worker stores its results once it has answered.
  await expect.poll(() => storedResults(page), { timeout: 30_000 }).toBe(40);
  const scored = await healthByRow(page);
  expect(scored.length).toBeGreaterThan(5);
  expect(scored.filter(([, h]) => h === 'not scored')).toEqual([]);

  // Next session: the worker's script does not arrive until the test lets it.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/book-worker-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(health.first()).toBeVisible();
  expect(await healthByRow(page)).toEqual(scored);
  // No worker has answered anything in this session: the health above came from the store.
  expect(await page.evaluate(() => window.__fieldbookWorkerTimings?.length)).toBe(0);

  release();
  await expect.poll(() => page.evaluate(() => window.__fieldbookWorkerTimings?.length ?? 0)).toBeGreaterThan(0);
  expect(await healthByRow(page)).toEqual(scored);
});
