import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

const FIXTURES = join(import.meta.dirname, '../src-core/crm/fixtures');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}.png`, { fullPage: true });
  }
}

async function chooseImportFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (other )?files/ }).click();
  await (await chooser).setFiles(paths.map((p) => join(FIXTURES, p)));
}

test.describe('Import… and Export… in the app', () => {
  test('imports a Salesforce export: preview, one mapping fixed, import, the accounts on the Book', async ({
    page,
  }) => {
    await openDemoBook(page, new Date('2026-09-14T14:00:00Z'));
    await page.getByRole('link', { name: 'Import…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
    await shoot(page, 'import-start');

    await chooseImportFiles(page, ['salesforce/Account.csv', 'salesforce/Contact.csv', 'salesforce/Opportunity.csv']);
    const byTable = page.getByRole('table', { name: 'Rows by table' });
    await expect(byTable.getByRole('row', { name: /^Accounts/ }).getByRole('cell')).toHaveText([
      'Accounts',
      '3',
      '0',
      '0',
    ]);
    await expect(byTable.getByRole('row', { name: /^Opportunities/ }).getByRole('cell')).toHaveText([
      'Opportunities',
      '2',
      '0',
      '0',
    ]);
    const notImported = page.getByRole('table', { name: 'Rows not imported' });
    await expect(notImported).toContainText('Stage "Legal Review" has no Fieldbook stage yet');
    await expect(notImported).toContainText('deleted in Salesforce');
    await expect(notImported).toContainText('names account 0015g00000OthCoAAJ, which is not in your book');
    const importButton = page.getByRole('button', { name: /^Import \d+ rows$/ });
    await expect(importButton).toBeDisabled();
    await expect(page.getByRole('table', { name: 'Columns of Account.csv' })).toBeVisible();
    await shoot(page, 'import-preview');
    const opportunities = page.locator('details', { hasText: 'Opportunity.csv' });
    await opportunities.getByRole('table', { name: 'Values in Opportunity.csv' }).scrollIntoViewIfNeeded();
    await screenshot(opportunities, 'import-mapping.png');

    // The org's own stage "Legal Review" is a proposal: the CSM says so once.
    await page.getByRole('combobox', { name: 'Stage Legal Review' }).selectOption('proposed');
    await expect(byTable.getByRole('row', { name: /^Opportunities/ }).getByRole('cell')).toHaveText([
      'Opportunities',
      '3',
      '0',
      '0',
    ]);
    await expect(notImported).not.toContainText('Legal Review');
    await expect(importButton).toBeEnabled();
    await expect(importButton).toHaveText('Import 9 rows'); // 3 accounts, 3 contacts, 3 opportunities
    await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 9 rows' }).first()).toBeVisible();

    await page.getByRole('link', { name: 'Open the Book' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible();
    for (const name of ['Bright Smiles Dental', 'Peak Comfort HVAC', 'Harbor Legal Group']) {
      await page.getByRole('searchbox', { name: 'Search accounts' }).fill(name);
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }

    // The mapping was saved: the same files again change nothing and need no fixing.
    await page.goto('/#/import');
    await chooseImportFiles(page, ['salesforce/Account.csv', 'salesforce/Contact.csv', 'salesforce/Opportunity.csv']);
    await expect(byTable.getByRole('row', { name: /^Accounts/ }).getByRole('cell')).toHaveText([
      'Accounts',
      '0',
      '0',
      '3',
    ]);
    await expect(page.getByText('Nothing to import: your book already has all of this.')).toBeVisible();
  });

  test('a file that is not a CSV is named and blocks the import; Export for CRM and Export CSV download files', async ({
    page,
  }) => {
    await openDemoBook(page, new Date('2026-09-14T14:00:00Z'));
    await page.goto('/#/import');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles([
      {
        name: 'accounts.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]),
      },
      { name: 'Account.csv', mimeType: 'text/csv', buffer: await readFile(join(FIXTURES, 'salesforce/Account.csv')) },
    ]);
    await expect(page.getByRole('alert').filter({ hasText: 'accounts.xlsx cannot be imported' })).toContainText(
      'Excel workbook',
    );
    await expect(page.getByRole('button', { name: /^Import \d+ rows$/ })).toBeDisabled();

    await page.goto('/#/export');
    await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Table' }).selectOption('notes');
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const text = await readFile(await (await csv).path(), 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^id,accountId,body,/);
    // The demo book has no Salesforce ids: its touchpoints wait, and the screen says why.
    await expect(page.getByText(/rows wait for their account's record id/)).toBeVisible();
    await shoot(page, 'export-salesforce');
    await page.getByRole('combobox', { name: 'For' }).selectOption('ics');
    await expect(page.getByText(/planned meetings?, with their attendees/)).toBeVisible();
    const ics = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export for Calendar (.ics)…' }).click();
    expect(await readFile(await (await ics).path(), 'utf8')).toMatch(/^BEGIN:VCALENDAR[\s\S]*UID:[^\r\n]+@fieldbook/);
    await expect(page.getByRole('button', { name: 'Export for Calendar (.ics)…' })).toBeEnabled();
    await shoot(page, 'export');
  });
});
