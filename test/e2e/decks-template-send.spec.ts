import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import PostalMime from 'postal-mime';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { makeTemplate } from '../support/pptx/test-template';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 17 in the browser: the agency's template imported in Settings › Branding (a bad file
 * refused, changing nothing), a QBR rendered on it with the renewal options picked in the outline,
 * and "Email to client": an .eml with that very deck attached, recorded on the timeline.
 */
const MONDAY_MORNING = new Date('2026-11-23T09:00:00');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}.png`);
  }
}

test('import the agency template, render a QBR on it, pick renewal options, and email it to the client', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, MONDAY_MORNING);
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Settings' }).click();
  const branding = page.getByRole('region', { name: 'Branding' });
  await branding.scrollIntoViewIfNeeded();

  // A macro-enabled file renamed .pptx: refused, and the branding stays as it was.
  await branding.getByLabel('Template file').setInputFiles({
    name: 'Agency.pptx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await makeTemplate({ macros: true })),
  });
  await expect(branding.getByRole('alert')).toContainText('Not imported: "Agency.pptx" contains macros');
  await expect(branding.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(branding.getByText('No template: decks use Fieldbook’s layout')).toBeVisible();

  await branding.getByLabel('Template file').setInputFiles({
    name: 'Harbour.potx',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.template',
    buffer: Buffer.from(await makeTemplate({ slides: 2 })),
  });
  const facts = branding.getByRole('definition');
  await expect(branding.getByRole('alert')).toHaveCount(0);
  await expect(facts.filter({ hasText: '10 × 7.5 in (4:3)' })).toBeVisible();
  await expect(facts.filter({ hasText: 'DejaVu Serif for titles, DejaVu Sans for text' })).toBeVisible();
  await expect(facts.filter({ hasText: 'A picture on the master, top right' })).toBeVisible();
  await expect(branding.getByRole('list', { name: 'Not carried into decks' })).toContainText('its 2 slides');
  await branding.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Branding saved.' })).toBeVisible();
  // The toast comes before the settings re-read, which remounts the form on the saved values:
  // scroll again if the region is replaced mid-scroll (the scroll is only for the screenshot).
  await expect(async () => branding.scrollIntoViewIfNeeded({ timeout: 1_000 })).toPass();
  await shoot(page, 'settings-branding-template');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book' }).click();
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await openTab(page, 'Decks');
  const outline = page.getByRole('list', { name: 'Deck outline' });
  const options = outline.getByRole('group', { name: 'Options to offer' });
  await expect(options.getByRole('checkbox')).not.toHaveCount(0);
  await options.scrollIntoViewIfNeeded();
  await shoot(page, 'decks-outline-renewal-options');
  await page.setViewportSize({ width: 1440, height: 900 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate QBR', exact: true }).click();
  const deckFile = await readFile(await (await downloading).path());
  const zip = await JSZip.loadAsync(deckFile);
  expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  expect(await zip.file('ppt/theme/theme1.xml')!.async('string')).toContain('typeface="DejaVu Serif"');

  const history = page.getByRole('list', { name: 'Deck history' });
  await history.getByRole('listitem').first().getByRole('button', { name: 'Email to client…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email to client' });
  await expect(dialog.getByRole('group', { name: 'To' }).getByRole('checkbox', { checked: true })).not.toHaveCount(0);
  await expect(dialog.getByLabel('Message')).toHaveValue(
    /What’s working[\s\S]*What needs work[\s\S]*What we’re working on/,
  );
  await expect(dialog).toContainText(`Attached: ${HVAC_STORY_ACCOUNT_NAME} — QBR 2026-Q3.pptx`);
  await shoot(page, 'decks-email-to-client');
  await page.setViewportSize({ width: 1440, height: 900 });

  const saving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save email with the deck (.eml)' }).click();
  const eml = await saving;
  expect(eml.suggestedFilename()).toBe(`${HVAC_STORY_ACCOUNT_NAME} — QBR 2026-Q3.eml`);
  const mail = await PostalMime.parse(await readFile(await eml.path()));
  expect(mail.subject).toBe(`${HVAC_STORY_ACCOUNT_NAME}: your Q3 2026 QBR`);
  expect(mail.to?.length).toBeGreaterThan(0);
  expect(mail.attachments).toHaveLength(1);
  expect(Buffer.from(mail.attachments[0]!.content as ArrayBuffer).equals(deckFile)).toBe(true);

  await openTab(page, 'Timeline');
  await expect(page.getByRole('list', { name: 'Timeline, newest first' })).toContainText('QBR Q3 2026 sent to');
  expect(errors).toEqual([]);
});
