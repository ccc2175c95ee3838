import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 15: every scorecard figure opens the accounts behind it. Two figures, a sum (book value) and a
 * share (clients hitting KPIs):
 * the listed accounts add up to what the figure says, and a link leads to the account.
 */
const MORNING = new Date('2026-11-24T09:30:00');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Fieldbook' });
/** "$88,000" or "$1,234.50" → cents. */
const cents = (money: string) => Math.round(Number(money.replace(/[^\d.-]/g, '')) * 100);

async function openScorecard(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { name: /Revenue lost in Q4 2026/ })).toBeVisible({ timeout: 30_000 });
}

/** The figure's button on its card, and the figure as the card shows it. */
async function figure(page: Page, label: string): Promise<{ button: Locator; shown: string }> {
  const button = page
    .getByRole('article', { name: label, exact: true })
    .getByRole('button', { name: new RegExp(`^${label} .*: the accounts behind it$`) });
  const name = (await button.getAttribute('aria-label'))!;
  return { button, shown: name.slice(label.length + 1, name.indexOf(': the accounts')) };
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(over).toBeLessThanOrEqual(0);
}

test('the accounts behind two scorecard figures match the figures and link to the account', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemoBook(page, MORNING);
  await openScorecard(page);

  // Book value: a sum. The accounts' MRR at the close adds up to the figure.
  const book = await figure(page, 'Book value');
  await book.button.click();
  const dialog = page.getByRole('dialog', { name: 'Book value · the accounts behind it' });
  await expect(dialog).toBeVisible();
  const values = await dialog
    .locator('td[data-value]')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
  expect(values.length).toBeGreaterThan(1);
  expect(values.reduce((a, b) => a + b, 0)).toBe(cents(book.shown));
  await expect(dialog.getByTestId('drill-summary')).toHaveText(`${values.length} accounts · total ${book.shown}`);
  await noSidewaysScroll(page);
  await screenshot(page, 'scorecard-drilldown-book-value-1280x800.png');
  // Keyboard: Esc closes and the figure has the focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(book.button).toBeFocused();

  // The comp plan's opportunity count: the accounts' opportunities passed to Sales add up to it.
  await page.getByLabel(/Show my comp-plan estimate/).click();
  const comp = page.getByRole('region', { name: /Comp plan estimate/ });
  const opps = comp.getByRole('button', { name: /^Opportunities this year \d+: the accounts behind it$/ });
  const count = Number((await opps.getAttribute('aria-label'))!.match(/\d+/)![0]);
  await comp.scrollIntoViewIfNeeded();
  await screenshot(page, 'scorecard-drilldown-comp-1280x800.png');
  await opps.click();
  const passed = page.getByRole('dialog', { name: 'Opportunities this year · the accounts behind it' });
  const perAccount = await passed
    .locator('td[data-value]')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
  expect(perAccount.reduce((a, b) => a + b, 0)).toBe(count);
  await page.keyboard.press('Escape');
  await expect(passed).toBeHidden();

  // Clients hitting KPIs: a share, opened from the keyboard. On target ÷ listed is the figure.
  const kpi = await figure(page, 'Clients hitting KPIs');
  await kpi.button.focus();
  await page.keyboard.press('Enter');
  const kept = page.getByRole('dialog', { name: 'Clients hitting KPIs · the accounts behind it' });
  await expect(kept).toBeVisible();
  const listed = await kept.locator('td[data-counted]').count();
  const hit = await kept.locator('td[data-counted="yes"]').count();
  expect(listed).toBeGreaterThan(0);
  expect((hit / listed) * 100).toBeCloseTo(Number(kpi.shown.replace('%', '')), 0);
  await expect(kept.getByTestId('drill-summary')).toContainText(`${hit} of ${listed} on target`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await noSidewaysScroll(page);
  await screenshot(page, 'scorecard-drilldown-kpi-1440x900.png');

  // Follow a link: the account opens.
  const first = kept.getByRole('link').first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(page.url()).toMatch(/#\/accounts\/[^/]+$/);
});
