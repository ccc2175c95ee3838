import { expect, test } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/** Issue 15: saved filters on the Book — save the current filter by name, apply it later, after a reload too. */
test('a Book filter saved by name applies again in one pick, after a reload too', async ({ page }) => {
  await openDemoBook(page);
  const rows = page.locator('.account-link');
  const all = await rows.count();
  await page.getByLabel('Tier').selectOption('gold');
  await expect.poll(() => rows.count()).toBeLessThan(all);
  const gold = await rows.count();
  await page.getByRole('button', { name: 'Save filter…' }).click();
  await page.getByLabel('Name this filter').fill('Gold accounts');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Saved')).toHaveValue('Gold accounts');
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `book-saved-filter-${width}x${height}.png`);
  }

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => rows.count()).toBe(all);
  await page.reload();
  await page.getByLabel('Saved').selectOption('Gold accounts');
  await expect(page.getByLabel('Tier')).toHaveValue('gold');
  await expect.poll(() => rows.count()).toBe(gold);

  await page.getByRole('button', { name: 'Delete “Gold accounts”' }).click();
  await expect(page.getByLabel('Saved')).toHaveCount(0);
});
