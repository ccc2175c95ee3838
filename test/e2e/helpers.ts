import { expect, type Locator, type Page } from '@playwright/test';

/** Screenshots for people to look at (gitignored); 1440×900 is the configured viewport. */
export const SCREENS_DIR = 'test-results/screens';

/**
 * Saves a screenshot of the page or one element as `test-results/screens/<name>`, only when the
 * run asks for them (`FIELDBOOK_SCREENS=1`): no test asserts anything with a screenshot, and the
 * suite's 190-odd take up to a second each on a busy 2-core machine.
 */
export async function screenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}) {
  if (process.env.FIELDBOOK_SCREENS === '1') await target.screenshot({ path: `${SCREENS_DIR}/${name}`, ...options });
}

/**
 * Opens the demo book from the first screen and lands on the Book. `at` fixes the page's clock
 * first, so a book generated "as of today" has the same accounts due on every run.
 */
export async function openDemoBook(page: Page, at?: Date): Promise<void> {
  if (at) await page.clock.install({ time: at });
  await page.goto('/#/book');
  await page.getByRole('button', { name: /Open the demo book/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible({ timeout: 30_000 });
  const opened = page.getByRole('status').filter({ hasText: 'The demo book is open.' });
  await expect(opened).toBeVisible();
  // A success toast also goes by itself after 4 s; on a loaded machine it can go mid-click, and the
  // click would then wait the test's whole timeout for it. Either way it is gone before the test goes on.
  await opened
    .getByRole('button', { name: 'Dismiss' })
    .click({ timeout: 4_000 })
    .catch(() => {});
  await expect(opened).toBeHidden();
}

/** From the first screen, connects to a team server with a token (the first sync then starts). */
export async function connectFromWelcome(page: Page, serverUrl: string, token: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Connect to your team server/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to your team server' });
  await dialog.getByLabel('Server address').fill(serverUrl);
  await dialog.getByLabel('Token').fill(token);
  await dialog.getByRole('button', { name: 'Connect' }).click();
}

/** Finds an account through the Book's search and opens it from its link. */
export async function openAccountBySearch(page: Page, search: string, name: string): Promise<string> {
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(search);
  const link = page.getByRole('link', { name, exact: true });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const match = /#\/accounts\/([^/]+)$/.exec(page.url());
  expect(match, `account URL: ${page.url()}`).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

/** Chooses a file in the platform's file picker (the browser platform uses a file input). */
export async function chooseBookFile(
  page: Page,
  openPicker: () => Promise<void>,
  name: string,
  json: unknown,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await openPicker();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
}

/** Widths by which the document or the main pane scroll sideways (0 when they do not). */
async function horizontalOverflow(page: Page): Promise<{ doc: number; main: number; offenders: string[] }> {
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const right = main.getBoundingClientRect().right;
    // Elements whose box ends beyond the main pane: the ones that would make it scroll.
    const offenders = [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 1 && el.getClientRects().length > 0)
      .filter((el) => !el.closest('[data-scrolls-x]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return {
      doc: document.documentElement.scrollWidth - window.innerWidth,
      main: main.scrollWidth - main.clientWidth,
      offenders,
    };
  });
}

/** Charts resize on the frame after their box does (ResizeObserver), so the layout is polled until it settles. */
export async function expectFits(page: Page, label: string): Promise<void> {
  await expect
    .poll(() => horizontalOverflow(page), { message: `${label} scrolls sideways`, timeout: 3000 })
    .toEqual({ doc: 0, main: 0, offenders: [] });
}
