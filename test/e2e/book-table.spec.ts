import { expect, test } from '@playwright/test';
import { openDemoBook } from './helpers';

test('the Book sorts by a column and filters by tier', async ({ page }) => {
  await openDemoBook(page);
  const table = page.getByRole('table', { name: 'Accounts in your book' });
  const valueHeader = table.getByRole('columnheader', { name: /Monthly value/ });
  await expect(valueHeader).toHaveAttribute('aria-sort', 'none');
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');

  const values = await table.locator('[data-index] > div:nth-child(5)').allTextContents();
  const cents = values.map((v) => Number(v.replace(/[$,]/g, '')));
  expect(cents.length).toBeGreaterThan(5);
  expect(cents).toEqual([...cents].sort((a, b) => b - a));

  await page.getByLabel('Tier').selectOption('gold');
  const tiers = await table.locator('.tier').allTextContents();
  expect(tiers.length).toBeGreaterThan(0);
  expect(new Set(tiers)).toEqual(new Set(['Gold']));
  await expect(page.getByText(/of 40 accounts shown/)).toBeVisible();
});
