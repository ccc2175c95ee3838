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

test('scrolling the Book keeps only the rows in view mounted, and search finds an account by a contact', async ({
  page,
}) => {
  await openDemoBook(page);
  const table = page.getByRole('table', { name: 'Accounts in your book' });
  await expect(table).toHaveAttribute('aria-rowcount', '41');
  const rows = table.locator('[data-index]');
  await expect(rows.first()).toBeVisible();
  await table.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.locator('[data-index="39"]')).toBeVisible();
  // Rows are 48 px: those in view plus the virtualiser's overscan of 6 on each side, never all 40.
  const inView = await table.evaluate((el) => Math.ceil(el.clientHeight / 48) + 1);
  const mounted = await rows.count();
  expect(mounted).toBeLessThanOrEqual(inView + 12);
  expect(mounted).toBeLessThan(40);

  // A contact's name (read from the demo book's store) finds the account.
  const { contact, account } = await page.evaluate(
    () =>
      new Promise<{ contact: string; account: string }>((resolve, reject) => {
        const open = indexedDB.open('fieldbook-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'accounts']);
          const first = tx.objectStore('contacts').getAll(null, 1);
          first.onsuccess = () => {
            const c = first.result[0] as { name: string; accountId: string };
            const a = tx.objectStore('accounts').get(c.accountId);
            a.onsuccess = () => {
              open.result.close();
              resolve({ contact: c.name, account: (a.result as { name: string }).name });
            };
          };
        };
      }),
  );
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(contact);
  await expect(table.getByRole('link', { name: account, exact: true })).toBeVisible();
});
