import { expect, test } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/** Issue 15: the renewals view's totals equal the sum of the contracts listed behind them. */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');
const cents = (money: string) => Math.round(Number(money.replace(/[$,]/g, '')) * 100);

test('renewals: MRR by month, split by health band, totals equal the sum of its accounts', async ({ page }) => {
  await openDemoBook(page, MONDAY_MORNING);
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Renewals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Renewals' })).toBeVisible();
  // Bands come from the book worker; wait until every account is scored.
  await expect(page.getByText('Not scored yet')).toHaveCount(0, { timeout: 30_000 });
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  const values = await page
    .locator('td[data-cents]')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.cents)));
  const atRisk = await rows.evaluateAll((trs) =>
    trs
      .filter((tr) => /Yellow|Red/.test(tr.children[2]?.textContent ?? ''))
      .reduce((s, tr) => s + Number((tr.querySelector('td[data-cents]') as HTMLElement).dataset.cents), 0),
  );
  const total = values.reduce((s, v) => s + v, 0);
  expect(cents(await page.getByTestId('renewals-total').innerText())).toBe(total);
  expect(cents(await page.getByTestId('renewals-at-risk').innerText())).toBe(atRisk);
  await expect(page.getByText(/up for renewal · \d+ contracts/)).toContainText(`${values.length} contracts`);
  await screenshot(page, 'renewals-1440x900.png');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'renewals-1280x800.png');
});
