import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 10: one definition per figure. The same account's health, last two-way contact, meetings
 * skipped and QBR due read the same on Book, Account, Health, Prep, Today and Cadence. The laptop
 * is in Chicago; the clock is a Tuesday morning, 08:40 CST.
 */
test.use({ timezoneId: 'America/Chicago' });
const TUESDAY_MORNING = new Date('2026-11-24T14:40:00Z');
const FIGURES = ['health', 'last-contact', 'meetings-skipped', 'qbr-due'] as const;
type Figures = Record<(typeof FIGURES)[number], string>;

async function figuresIn(scope: Locator): Promise<Figures> {
  const out = {} as Figures;
  for (const f of FIGURES) {
    const el = scope.locator(`[data-figure="${f}"]`).first();
    await expect(el).toBeVisible();
    out[f] = (await el.getAttribute('data-value')) ?? '';
  }
  return out;
}

async function shot(page: Page, name: string) {
  await screenshot(page, `${name}-1440x900.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}-1280x800.png`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('last contact, health, meetings skipped and QBR due agree on every screen', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, TUESDAY_MORNING);

  // Today: the next meeting's account, with its standing.
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Today' }).click();
  const next = page.getByRole('region', { name: 'Next meeting' });
  await expect(next.locator('[data-figure="health"]')).toBeVisible({ timeout: 30_000 });
  const accountName = (await next.locator('.today-next__title').innerText()).split(' · ')[0]!.trim();
  const today = await figuresIn(next);
  await shot(page, 'today-standing');
  expect(today['last-contact']).toMatch(/^(\d+|never)$/);
  expect(today['meetings-skipped']).toMatch(/^\d+\/\d+$/);

  // Book: the same account's row.
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book' }).click();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(accountName);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: accountName, exact: true }) });
  await expect(row.locator('[data-figure="qbr-due"]')).toBeVisible({ timeout: 30_000 });
  expect(await figuresIn(row)).toEqual(today);
  await shot(page, 'book-standing');

  // Account header, then its Health tab.
  await openAccountBySearch(page, accountName, accountName);
  const header = page.locator('.account-header');
  expect(await figuresIn(header)).toEqual(today);
  await shot(page, 'account-standing');
  await openTab(page, 'Health');
  expect(await figuresIn(page.locator('.health-panel'))).toEqual(today);
  await shot(page, 'health-standing');

  // Prep.
  await page.getByRole('link', { name: 'Prepare for meeting' }).click();
  await expect(page.getByRole('heading', { name: `Prep: ${accountName}` })).toBeVisible();
  expect(await figuresIn(page.locator('.prep-header'))).toEqual(today);
  await shot(page, 'prep-standing');

  // Cadence: pick the account.
  await page
    .getByRole('navigation', { name: 'Fieldbook' })
    .getByRole('link', { name: /Cadence/ })
    .click();
  await page.getByRole('combobox', { name: 'Account' }).selectOption({ label: accountName });
  expect(await figuresIn(page.locator('.account-cadence'))).toEqual(today);
  await shot(page, 'cadence-standing');

  expect(errors).toEqual([]);
});
