import { expect, test } from '@playwright/test';
import { openDemoBook, SCREENS_DIR } from './helpers';

/**
 * Issue 15, "small things that cost trust": a book with no team server says "Local only" rather
 * than "N changes pending" that never clears; the Sync page is not titled "Couldn't sync" above
 * "nothing refused"; health weights that add up to 120% are refused with a clear message.
 */
test('a local book says Local only, its Sync page is not "Couldn’t sync", and 120% of weights is refused', async ({
  page,
}) => {
  await openDemoBook(page);
  const status = page.getByTestId('pending-count');
  await expect(status).toHaveText('Local only · every change saved on this laptop');
  await expect(page.getByText(/changes? pending/)).toHaveCount(0);

  await page.goto('/#/sync');
  await expect(page.getByRole('heading', { level: 1, name: 'Sync', exact: true })).toBeVisible();
  await expect(page.getByText(/This book is local only/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Couldn.t sync/ })).toHaveCount(0);

  await page.goto('/#/settings');
  const results = page.getByLabel('Weight: results');
  await expect(results).toHaveValue('30');
  await expect(page.getByText('Health weights add up to 100%.')).toBeVisible();
  // 50 + 30 + 20 + 20 = 120.
  await results.fill('50');
  await expect(page.getByText('Health weights add up to 120%; they must add up to 100%.')).toBeVisible();
  await page.getByRole('button', { name: 'Save targets and health' }).click();
  await expect(page.getByRole('alert')).toContainText('Health weights: add up to 120%; they must add up to 100%');
  await page.screenshot({ path: `${SCREENS_DIR}/settings-weights-120-1440x900.png` });
  // Nothing was saved: the screen re-read from the store still shows 30.
  await page.reload();
  await expect(page.getByLabel('Weight: results')).toHaveValue('30');
});
