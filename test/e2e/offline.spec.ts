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
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '1');
  await expect(page.getByTestId('pending-count')).toHaveText('Local only · every change saved on this laptop');

  await context.setOffline(false);
  await expect(page.getByText('Online', { exact: true })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the web build reloads offline and shows the Book (service worker), not the browser’s error page', async ({
    page,
    context,
  }) => {
    await openDemoBook(page);
    // The service worker precaches the app once installed; wait until it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.account-link').first()).toBeVisible();
    await expect(page.getByText('Offline — working locally')).toBeVisible();
    // A deep link opened offline works too (hash routes, one cached index.html).
    await page.goto('/#/renewals');
    await expect(page.getByRole('heading', { level: 1, name: 'Renewals' })).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('before the service worker has saved the app', () => {
  test.use({ serviceWorkers: 'block' });

  test('a screen whose code could not be fetched says so, and Try again opens it once the network is back', async ({
    page,
    context,
  }) => {
    await openDemoBook(page);
    // The account screen's code is fetched when an account is first opened: not yet.
    await context.setOffline(true);
    await page.locator('.book-row .account-link').first().click();
    const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
    await expect(failed).toBeVisible();
    await context.setOffline(false);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('tab', { name: /^Notes/ })).toBeVisible();
    await expect(failed).toHaveCount(0);
  });
});
