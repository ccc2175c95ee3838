import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import JSZip from 'jszip';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { makePng } from '../support/pptx/png';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 6 in the browser: a QBR from an account (outline review, commentary kept, the file
 * downloaded and recorded) and a whole-book run in the deck worker, cancelled midway. The clock
 * is fixed so the same accounts are due on every run; the demo book is generated as of that day.
 */
const MONDAY_MORNING = new Date('2026-11-23T09:00:00');

/** The downloaded deck as a package: its part names and the number of slides in it. */
async function openDeck(download: Download): Promise<{ parts: string[]; slides: number }> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const parts = Object.keys(zip.files);
  return { parts, slides: parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length };
}

test('generate a QBR from an account: review the outline, receive the file, see it in the history', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, MONDAY_MORNING);
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await page.getByRole('button', { name: 'Generate QBR / value report' }).click();
  await expect(page.getByRole('tab', { name: /^Decks/ })).toHaveAttribute('aria-selected', 'true');

  const quarter = await page.getByLabel('Quarter', { exact: true }).inputValue();
  expect(quarter).toBe('2026-Q3');
  const outline = page.getByRole('list', { name: 'Deck outline' });
  await expect(outline).toBeVisible();
  const slides = outline.getByRole('listitem').filter({ has: page.locator('.outline__title') });
  const total = await slides.count();
  expect(total).toBeGreaterThan(8);
  // Key numbers come from the spec: the executive summary shows the leads KPI.
  await expect(page.getByRole('list', { name: 'Key numbers: Executive summary' })).toContainText('Leads:');

  // Leave out the appendix (its data pages go with it) and write commentary for the summary.
  const appendix = slides.filter({ has: page.getByText('Appendix', { exact: true }) });
  await appendix.getByRole('checkbox', { name: 'Include' }).uncheck();
  const leftOut = await outline.locator('.outline__slide--out').count();
  expect(leftOut).toBeGreaterThanOrEqual(2);
  const words = 'Leads up strongly; ask about the summer peak.';
  await page.getByRole('button', { name: 'Add commentary: Executive summary' }).click();
  await page.getByLabel('Commentary: Executive summary').fill(words);
  await page.getByLabel('Commentary: Executive summary').blur();
  await expect(page.locator('.outline-editor__actions .hint')).toContainText(
    `${total - leftOut} slides · ${leftOut} left out`,
  );
  await page.getByRole('heading', { name: `Generate a deck for ${HVAC_STORY_ACCOUNT_NAME}` }).scrollIntoViewIfNeeded();
  await screenshot(page, 'decks-outline-review.png');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate QBR', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${HVAC_STORY_ACCOUNT_NAME} — QBR ${quarter}.pptx`);
  const deck = await openDeck(download);
  expect(deck.parts).toContain('ppt/presentation.xml');
  expect(deck.slides).toBe(total - leftOut);

  const history = page.getByRole('list', { name: 'Deck history' });
  const entry = history.getByRole('listitem').filter({ hasText: 'QBR · Q3 2026' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`${HVAC_STORY_ACCOUNT_NAME} — QBR ${quarter}.pptx`);
  await expect(entry).toContainText(`${total - leftOut} slides`);
  await expect(entry).toContainText('matches the data now');
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '1');

  // The next deck for this account and quarter starts from the same choices.
  await page.reload();
  await openTab(page, 'Decks');
  await expect(page.getByLabel('Commentary: Executive summary')).toHaveValue(words);
  await expect(outline.locator('.outline__slide--out')).toHaveCount(leftOut);

  // A monthly value report outlines the last month that ended.
  await page.getByRole('radio', { name: 'Monthly value report' }).check();
  await expect(page.getByLabel('Month', { exact: true })).toHaveValue('2026-10');
  await expect(outline.getByRole('listitem', { name: 'October 2026 at a glance' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate value report' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('generate for the whole book with a progress bar, and cancel midway', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, MONDAY_MORNING);
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('heading', { name: 'Decks', level: 1 })).toBeVisible();
  await page.getByLabel('Due within').selectOption('30');
  const due = page.getByRole('checkbox', { name: /^Include / });
  await expect(due.first()).toBeVisible();
  const dueCount = await due.count();
  expect(dueCount).toBeGreaterThanOrEqual(10);
  await screenshot(page, 'decks-screen.png');

  // One unticked account is left out of the run.
  await due.nth(1).uncheck();
  const selected = dueCount - 1;
  const generate = page.getByRole('button', { name: `Generate ${selected} QBRs` });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  const first = page.waitForEvent('download');
  await generate.click();
  const run = page.getByRole('region', { name: 'Deck generation' });
  await expect(run.getByRole('progressbar')).toBeVisible();
  // The page stays responsive while the worker builds: typing in the branding form works.
  await page.getByLabel('Agency name').fill('Northwind Agency');
  await expect(page.getByLabel('Agency name')).toHaveValue('Northwind Agency');
  const firstDeck = await first;
  // The run keeps going while the CSM looks elsewhere.
  const nav = page.getByRole('navigation', { name: 'Fieldbook' });
  await nav.getByRole('link', { name: 'Book' }).click();
  await expect(page.getByRole('heading', { name: 'Book', level: 1 })).toBeVisible();
  await nav.getByRole('link', { name: 'Decks' }).click();
  await run.getByRole('button', { name: 'Cancel' }).click();
  await expect(run.getByRole('status')).toContainText('Cancelled.');
  await screenshot(page, 'decks-cancelled.png');
  expect((await openDeck(firstDeck)).parts).toContain('ppt/presentation.xml');
  await expect(run.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  const savedCount = async () =>
    Number(/(\d+) of/.exec((await run.getByRole('heading').first().textContent()) ?? '')![1]);
  // Decks the worker had already sent are still saved after the cancel (the count goes on until the
  // last is); every deck saved downloaded, and nothing more arrives after that.
  await expect.poll(async () => downloads.length - (await savedCount())).toBe(0);
  await page.waitForTimeout(1_000);
  const saved = await savedCount();
  expect(saved).toBeGreaterThanOrEqual(1);
  expect(saved).toBeLessThan(selected);
  expect(downloads.length).toBe(saved);
  // A deck made today is not a QBR held (issue 10): every account stays due until its meeting is logged.
  await expect(due).toHaveCount(dueCount);
  expect(errors).toEqual([]);
});

test('branding: colours are checked, a broken logo is refused in plain words, and the next deck carries the agency', async ({
  page,
}) => {
  await openDemoBook(page, MONDAY_MORNING);
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Decks' }).click();
  const branding = page.getByRole('region', { name: 'Branding' });
  await branding.getByLabel('Agency name', { exact: true }).fill('Northwind Agency');
  await branding.getByLabel('Primary colour', { exact: true }).fill('#0B6E4');
  await branding.getByRole('button', { name: 'Save branding' }).click();
  await expect(branding.getByRole('alert')).toHaveText('Use a 6-digit hex colour such as #1F3A5F.');
  await branding.getByLabel('Primary colour', { exact: true }).fill('#0B6E4F');

  await branding
    .getByLabel('Logo file')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(branding.getByRole('alert')).toHaveText(
    '"logo.png" is not a readable PNG or JPEG image (it may be damaged or another format). Choose another file.',
  );
  await branding
    .getByLabel('Logo file')
    .setInputFiles({ name: 'northwind.png', mimeType: 'image/png', buffer: Buffer.from(makePng(240, 80)) });
  await expect(branding.getByRole('img', { name: 'Logo: northwind.png' })).toBeVisible();
  await expect(branding.getByRole('alert')).toHaveCount(0);
  await branding.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Branding saved.' })).toBeVisible();
  await screenshot(page, 'decks-branding.png');

  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book' }).click();
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await openTab(page, 'Decks');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate QBR', exact: true }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await downloading).path()));
  expect(Object.keys(zip.files).some((p) => /^ppt\/media\/image.*\.png$/.test(p))).toBe(true);
  expect(await zip.file('docProps/app.xml')!.async('string')).toContain('<Company>Northwind Agency</Company>');
  // The cover's layout (a master defined once) is filled with the primary colour.
  const layouts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p))
      .map((p) => zip.file(p)!.async('string')),
  );
  expect(layouts.some((xml) => xml.includes('<a:srgbClr val="0B6E4F"/>'))).toBe(true);
});
