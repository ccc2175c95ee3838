import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectFits, openDemoBook, screenshot } from './helpers';

/**
 * Issue 15, "fits a laptop": at 1280×800 and 1440×900 no screen scrolls sideways, the Book
 * shows every column and whole account names, and the collapsed sidebar is remembered.
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;
type Size = (typeof SIZES)[number];
const CRM_FIXTURES = join(import.meta.dirname, '../src-core/crm/fixtures');
const SALESFORCE = ['Account.csv', 'Contact.csv', 'Opportunity.csv'].map((f) => join(CRM_FIXTURES, 'salesforce', f));
const SCREENS = [
  'today',
  'tasks',
  'book',
  'warnings',
  'cadence',
  'renewals',
  'scorecard',
  'obligations',
  'decks',
  'settings',
  'sync',
  'import',
  'export',
];

/** Runs a check at 1280×800, then at 1440×900, on the screen as it is: one visit, both laptop sizes. */
async function atEachSize(page: Page, check: (size: Size) => Promise<void>): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await check(size);
  }
}

/** The screen, settled, fits at both sizes (screenshots named `fit-<label>-<w>x<h>.png`). */
async function expectFitsAtEachSize(page: Page, label: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await atEachSize(page, async (size) => {
    await page.waitForTimeout(300);
    await screenshot(page, `fit-${label}-${size.width}x${size.height}.png`, options);
    await expectFits(page, `${label} at ${size.width}`);
  });
}

/** Every tab of the first tab list on the screen (Today's views, an account's tabs), each checked to fit. */
async function expectEveryTabFits(page: Page, list: string, label: string): Promise<void> {
  const tabs = page.getByRole('tablist', { name: list }).getByRole('tab');
  const count = await tabs.count();
  expect(count, `${label} tabs`).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.innerText()).trim().split(/\s/)[0]!.toLowerCase();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expectFitsAtEachSize(page, `${label}-${name}`);
  }
}

test('every screen fits 1280×800 and 1440×900 without sideways scrolling; the Book shows every column and whole names', async ({
  page,
}) => {
  // Some 30 screens and tabs at two sizes, each given 300 ms to settle: more than the default minute on a busy 2-core machine.
  test.setTimeout(150_000);
  await openDemoBook(page, MONDAY_MORNING);
  await atEachSize(page, async (size) => {
    const table = page.locator('.book-table');
    const fit = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.scroll, `Book columns pushed off-screen at ${size.width}`).toBeLessThanOrEqual(fit.client);
    const cut = await page
      .locator('.account-link')
      .evaluateAll((links) => links.filter((a) => a.scrollWidth > a.clientWidth + 1).map((a) => a.textContent));
    expect(cut, `account names cut off at ${size.width}`).toEqual([]);
  });
  for (const screen of SCREENS) {
    await page.goto(`/#/${screen}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectFitsAtEachSize(page, screen);
  }
  await page.goto('/#/today');
  await expectEveryTabFits(page, 'Today views', 'today');
  // An account (every tab) and its prep, the busiest screens.
  await page.goto('/#/book');
  await page.locator('.account-link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsAtEachSize(page, 'account');
  await expectEveryTabFits(page, 'Account sections', 'account');
  await page.goto(`${page.url()}/prep`);
  await expect(page.getByRole('heading', { name: /^Prep:/ })).toBeVisible();
  await expectFitsAtEachSize(page, 'prep');
});

test('Import with files loaded fits 1280×800 and 1440×900: preview, mapping, counts, rows left out', async ({
  page,
}) => {
  await openDemoBook(page, MONDAY_MORNING);
  await page.goto('/#/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (other )?files/ }).click();
  await (await chooser).setFiles(SALESFORCE);
  await expect(page.getByRole('table', { name: 'Rows by table' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows not imported' })).toBeVisible();
  // Every file's preview and mapping open, the widest the screen gets.
  for (const details of await page.locator('main details:not([open])').all()) {
    await details.locator('summary').first().click();
  }
  await expect(page.getByRole('table', { name: 'Values in Opportunity.csv' })).toBeVisible();
  await expectFitsAtEachSize(page, 'import-loaded', { fullPage: true });
});

test('the sidebar collapses, stays collapsed after a reload, and the prep timer reads at 200% zoom', async ({
  page,
}) => {
  // 200% zoom of a 1280-px window is a 640-px CSS viewport (WCAG 1.4.10 reflow).
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemoBook(page, MONDAY_MORNING);
  const nav = page.getByRole('navigation', { name: 'Fieldbook' });
  const wide = (await nav.boundingBox())!.width;
  await page.getByRole('button', { name: 'Collapse sidebar' }).click();
  await expect(page.getByRole('button', { name: 'Expand sidebar' })).toBeVisible();
  const narrow = (await nav.boundingBox())!.width;
  expect(narrow).toBeLessThan(wide / 2);
  // Sections stay reachable by name when only their icons show.
  await expect(nav.getByRole('link', { name: 'Today' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Expand sidebar' })).toBeVisible();

  await page.setViewportSize({ width: 640, height: 400 });
  await page.locator('.account-link').first().click();
  await page.goto(`${page.url()}/prep`);
  const timer = page.getByRole('timer');
  await expect(timer).toBeVisible();
  const box = (await timer.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(640);
  await screenshot(page, 'fit-prep-200pct.png');
  await expectFits(page, 'prep at 200% zoom');
});
