import { expect, test } from '@playwright/test';
import { malformedBook, smallBook } from './book-files';
import { chooseBookFile, openDemoBook, screenshot } from './helpers';

test.describe('importing a book file', () => {
  test('a malformed file shows which rows are wrong and imports nothing', async ({ page }) => {
    const { book, badAccountId, badContractId } = malformedBook();
    await page.goto('/');
    await chooseBookFile(
      page,
      () => page.getByRole('button', { name: /Import a book file/ }).click(),
      'broken-book.json',
      book,
    );

    const report = page.getByRole('alert').filter({ hasText: 'broken-book.json was not imported' });
    await expect(report).toBeVisible();
    const rows = report.getByRole('row');
    await expect(rows).toHaveCount(3); // header + two wrong rows
    await expect(rows.nth(1).getByRole('cell')).toHaveText([
      'Accounts',
      '2',
      badAccountId,
      'tier must be one of platinum, gold, silver, bronze',
    ]);
    await expect(rows.nth(2).getByRole('cell')).toHaveText([
      'Contracts',
      '1',
      badContractId,
      'monthlyValueCents cannot be negative',
    ]);
    await screenshot(page, 'import-problems.png');

    // Nothing was imported: after a reload Fieldbook still has no book.
    await page.reload();
    await expect(page.getByRole('button', { name: /Open the demo book/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toHaveCount(0);
  });

  test('a file that is not JSON says so', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import a book file/ }).click();
    await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a book') });
    await expect(page.getByText('The file is not valid JSON, so it cannot be a Fieldbook book.')).toBeVisible();
  });

  test('a valid file is imported and becomes the book', async ({ page }) => {
    const book = smallBook(3);
    await page.goto('/#/book');
    await chooseBookFile(
      page,
      () => page.getByRole('button', { name: /Import a book file/ }).click(),
      'team-book.json',
      book,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible();
    for (const account of book.tables.accounts) {
      await expect(page.getByRole('link', { name: account.name, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('A book file you imported')).toBeVisible();
  });

  test('replacing the demo book with a malformed file leaves the demo book untouched', async ({ page }) => {
    await openDemoBook(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    const { book } = malformedBook();
    await chooseBookFile(
      page,
      () => page.getByRole('button', { name: 'Replace book…' }).click(),
      'broken-book.json',
      book,
    );
    await expect(page.getByRole('alert').filter({ hasText: 'broken-book.json was not imported' })).toBeVisible();
    await expect(page.getByText('The demo book (generated on this laptop)')).toBeVisible();
    await page.getByRole('link', { name: 'Book', exact: true }).first().click();
    await expect(page.locator('.totals')).toContainText('40accounts');
  });

  test('reset local data returns to the welcome screen', async ({ page }) => {
    await openDemoBook(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Reset local data…' }).click();
    await page.getByRole('button', { name: 'Remove local data' }).click();
    await expect(page.getByRole('button', { name: /Open the demo book/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /Open the demo book/ })).toBeVisible();
  });
});
