import { expect, test } from '@playwright/test';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { openAccountBySearch, openDemoBook, openTab } from './helpers';

test('with the network gone, the app says so and keeps saving locally', async ({ page, context }) => {
  await openDemoBook(page);
  await expect(page.getByText('Online', { exact: true })).toBeVisible();
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);

  await context.setOffline(true);
  await expect(page.getByText('Offline — working locally')).toBeVisible();
  await openTab(page, 'Notes');
  await page.getByLabel('New note').fill('Written on the plane to Columbus.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' }).getByText('Written on the plane to Columbus.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveText('1 change pending');

  await context.setOffline(false);
  await expect(page.getByText('Online', { exact: true })).toBeVisible();
});
