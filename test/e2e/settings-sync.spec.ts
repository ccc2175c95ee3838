import { expect, test, type Page } from '@playwright/test';
import { makePng } from '../support/pptx/png';
import { connectFromWelcome, openDemoBook, screenshot } from './helpers';
import { startE2eTeamServer, type E2eTeamServer } from './support/team-server';

/**
 * Settings follow the CSM: a setting and the branding changed on one browser profile connected to
 * the team server are there on a fresh profile (a second laptop) as soon as the CSM signs in.
 */
const SAM = { email: 'sam.settings@agency.test', name: 'Sam Rivera' };

let server: E2eTeamServer;
let token: string;

test.beforeAll(async () => {
  server = await startE2eTeamServer();
  token = await server.createUser(SAM.email, SAM.name);
  await server.seedDemo(SAM.email, { accounts: 8, seed: 'e2e-settings' });
});
test.afterAll(async () => server?.close());

async function signIn(page: Page): Promise<void> {
  await connectFromWelcome(page, server.url, token);
  await expect(page.getByTestId('sync-status-text')).toHaveText(/^All changes synced · /, { timeout: 60_000 });
}

async function screens(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}.png`);
  }
}

const settingsNote = (page: Page, kind: string) => page.getByTestId(`settings-sync-${kind}`);

/** The save is pushed shortly after it is made: the status bar and the card both say so. */
async function expectSynced(page: Page, kind: string): Promise<void> {
  // Straight after the save the card says "waiting to sync"; it turns once the push is back.
  await expect(settingsNote(page, kind)).toContainText('Synced with your team server', { timeout: 30_000 });
  await expect(page.getByTestId('sync-status-text')).toHaveText(/^All changes synced · /);
  for (const toast of await page.getByRole('button', { name: 'Dismiss' }).all()) await toast.click();
}

test('a workday and branding changed on one laptop are on a second laptop after signing in', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page);

  // Laptop 1: the workday ends at 16:15.
  await page.goto('/#/settings');
  await page.getByLabel('Workday ends (end of day)').fill('16:15');
  await page.getByRole('button', { name: 'Save targets and health' }).click();
  await expect(settingsNote(page, 'settings')).toContainText('Saved on this laptop — waiting to sync');
  await expect(settingsNote(page, 'settings')).toContainText('1 value of your own; the rest from the SOP defaults.');
  await expectSynced(page, 'settings');
  await screens(page, 'settings-synced');

  // Laptop 1: branding with a logo.
  await page.goto('/#/decks');
  const branding = page.getByRole('region', { name: 'Branding' });
  await branding.getByLabel('Agency name').fill('Northwind Growth');
  await branding.getByLabel('Primary colour', { exact: true }).fill('#0A7F5A');
  await branding.getByLabel('Logo file').setInputFiles({
    name: 'northwind.png',
    mimeType: 'image/png',
    buffer: Buffer.from(makePng(240, 80, [10, 127, 90])),
  });
  await branding.getByRole('button', { name: 'Save branding' }).click();
  await expect(settingsNote(page, 'branding')).toContainText('3 choices of your own');
  await expectSynced(page, 'branding');
  await screens(page, 'branding-synced');

  // Laptop 2: a fresh browser profile (empty IndexedDB) signs in as the same CSM.
  const second = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page2 = await second.newPage();
  page2.on('pageerror', (e) => errors.push(e.message));
  await signIn(page2);
  await page2.goto('/#/settings');
  await expect(page2.getByLabel('Workday ends (end of day)')).toHaveValue('16:15');
  await expect(settingsNote(page2, 'settings')).toContainText('1 value of your own');
  await page2.goto('/#/decks');
  const branding2 = page2.getByRole('region', { name: 'Branding' });
  await expect(branding2.getByLabel('Agency name')).toHaveValue('Northwind Growth');
  await expect(branding2.getByLabel('Primary colour', { exact: true })).toHaveValue('#0A7F5A');
  await expect(branding2.getByRole('img', { name: 'Logo: northwind.png' })).toBeVisible();
  await screens(page2, 'branding-second-laptop');
  // The setting is in force on the second laptop's screens, not only in its form.
  await page2.goto('/#/today');
  await expect(page2.locator('.page-header__sub')).toContainText('every message answered before 16:15');
  await second.close();
  expect(errors).toEqual([]);
});

test('settings tuned in the demo book stay on this laptop, then become the CSM’s own at the first sign-in', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const LEE = { email: 'lee.settings@agency.test', name: 'Lee Chen' };
  const leeToken = await server.createUser(LEE.email, LEE.name);
  await server.seedDemo(LEE.email, { accounts: 6, seed: 'e2e-settings-lee' });

  await openDemoBook(page);
  await page.goto('/#/settings');
  await expect(page.locator('.page-header__sub')).toHaveText(
    'Stored in this book on this laptop. Connect to your team server to keep them on every laptop.',
  );
  await page.getByLabel('Workday starts').fill('07:45');
  await page.getByRole('button', { name: 'Save targets and health' }).click();
  await expect(settingsNote(page, 'settings')).toContainText('Stored in this book on this laptop.');
  await expect(settingsNote(page, 'settings')).toContainText('1 value of your own; the rest from the SOP defaults.');
  for (const toast of await page.getByRole('button', { name: 'Dismiss' }).all()) await toast.click();
  await screens(page, 'settings-demo-book');

  const section = page.getByRole('region', { name: 'Team server' });
  await section.getByLabel('Server address').fill(server.url);
  await section.getByLabel('Token').fill(leeToken);
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('sync-status-text')).toHaveText(/^All changes synced · /, { timeout: 60_000 });
  await page.goto('/#/settings');
  const carried = page.getByRole('region', { name: 'Your settings from the demo book' });
  await expect(carried).toContainText(
    'Your targets and health settings from the demo book on this laptop are now yours on the team server',
  );
  await screens(page, 'settings-carried-over');
  await carried.getByRole('button', { name: 'OK' }).click();
  await expect(carried).toBeHidden();
  await expect(page.getByTestId('sync-status-text')).toHaveText(/^All changes synced · /, { timeout: 30_000 });
  const [row] = await server.db.query<{ layer: unknown }>(
    "SELECT s.layer FROM user_settings s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.kind = 'settings'",
    [LEE.email],
  );
  expect(row?.layer).toEqual({ businessHours: { start: '07:45' } });
  expect(errors).toEqual([]);
});
