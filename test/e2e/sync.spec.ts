import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';
import { startE2eTeamServer, type E2eTeamServer } from './support/team-server';
import { APP_URL } from './support/app-url';

/**
 * Issue 3 end to end: a real team server (PGlite in a temporary folder, real HTTP across
 * origins), a CSM connecting from the app with the token `admin create-user` printed, the first
 * sync with its progress, offline edits that survive a reload, and the server holding each of
 * them exactly once after reconnecting (RELIABILITY 1, 6 and 7).
 */
const SAM = { email: 'sam@agency.test', name: 'Sam Rivera' };

let server: E2eTeamServer;
let token: string;

test.beforeAll(async () => {
  server = await startE2eTeamServer();
  token = await server.createUser(SAM.email, SAM.name);
  await server.seedDemo(SAM.email, { accounts: 40, seed: 'e2e-sync' });
});
test.afterAll(async () => server?.close());

const syncText = (page: Page) => page.getByTestId('sync-status-text');

/** After the first sync the app opens on its start screen; the tests continue from the Book. */
async function openBookAfterFirstSync(page: Page): Promise<void> {
  await expect(syncText(page)).toHaveText(/^All changes synced · (just now|1 min ago)$/, { timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible();
}
// These tests go offline and move between screens as a CSM on a plane does: the web build's
// service worker serves the app's code then, so they keep it (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const APP_FILES = `${APP_URL}/**`;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function serveAppFromDisk(context: BrowserContext): Promise<void> {
  // The context, not the page, so the app's web workers load from disk too.
  await context.route(APP_FILES, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join('dist-web', path === '/' ? 'index.html' : path);
    await route.fulfill({
      body: await readFile(file),
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    });
  });
}

async function connect(
  _page: Page,
  scope: ReturnType<Page['getByRole']>,
  submit: string,
  secret = token,
): Promise<void> {
  await scope.getByLabel('Server address').fill(server.url);
  await scope.getByLabel('Token').fill(secret);
  await scope.getByRole('button', { name: submit }).click();
}

async function addNote(page: Page, body: string): Promise<void> {
  await openTab(page, 'Notes');
  await page.getByLabel('New note').fill(body);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' }).getByText(body)).toBeVisible();
}

async function logCall(page: Page, subject: string): Promise<void> {
  await page.getByRole('button', { name: 'Log activity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kind').selectOption('call');
  await dialog.getByLabel('Status').selectOption('completed');
  await dialog.getByLabel('Duration (minutes)').fill('20');
  await dialog.getByLabel('Subject').fill(subject);
  await dialog.getByRole('button', { name: 'Log activity' }).click();
  await expect(dialog).toBeHidden();
}

test('connect with a token, first sync, offline edits through a reload: the server has each edit exactly once', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Wrong token first: a clear error, nothing changes.
  await page.goto('/');
  await screenshot(page, 'sync-welcome.png');
  await page.getByRole('button', { name: /Connect to your team server/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to your team server' });
  await connect(page, dialog, 'Connect', 'not-a-real-token');
  await expect(dialog.getByRole('alert')).toHaveText(/did not accept this token/);
  await screenshot(page, 'sync-connect-wrong-token.png');

  // Slow each pulled page a little so the first sync's progress is seen as a person would.
  await page.route('**/v1/pull*', async (route) => {
    await new Promise((r) => setTimeout(r, 150));
    await route.continue();
  });
  await connect(page, dialog, 'Connect');
  const progress = page.getByTestId('first-sync-progress');
  await expect(page.getByRole('heading', { name: 'Downloading your book' })).toBeVisible();
  await expect(progress).toContainText(/[1-9][\d,]* items received/);
  await screenshot(page, 'sync-first-sync.png');
  await openBookAfterFirstSync(page);
  await page.unroute('**/v1/pull*');
  await expect(page.locator('.totals')).toContainText('40accounts');

  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Team server' });
  await expect(section).toContainText(`${SAM.name} (${SAM.email}) · csm`);
  await expect(section).toContainText('Your sign-in is kept for this session only.');
  await screenshot(section, 'sync-team-server-settings.png');

  // Offline: notes and a call on two accounts, then a reload with the network still off.
  await page.goto('/#/book');
  await context.setOffline(true);
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  const edits = {
    notes: ['Offline note one: move the spring campaign to March', 'Offline note two: Dana wants weekly lead counts'],
    calls: ['Offline call about the Q3 budget'],
  };
  await addNote(page, edits.notes[0]!);
  await logCall(page, edits.calls[0]!);
  await page.getByRole('link', { name: 'Book', exact: true }).first().click();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('');
  const second = page.locator('.book-row .account-link').nth(3);
  const secondName = (await second.textContent({ timeout: 10_000 }))!;
  await second.click();
  await expect(page.getByRole('heading', { level: 1, name: secondName })).toBeVisible();
  await addNote(page, edits.notes[1]!);
  await expect(syncText(page)).toHaveText('Offline — 3 changes will sync when you reconnect');
  await screenshot(page.locator('.sidebar__footer'), 'sync-status-offline.png');

  // The desktop app loads itself from disk (app://) and reloads offline; the browser build here
  // gets the same from its built files, while the network (and the team server) stays off.
  await serveAppFromDisk(context);
  // A page served by route.fulfill has no address, so Chromium counts it as public and asks
  // before it reaches a loopback server (Local Network Access); the real page, from 127.0.0.1, never asks.
  await context.grantPermissions(['local-network-access'], { origin: APP_URL });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: secondName })).toBeVisible();
  await openTab(page, 'Notes');
  await expect(page.getByRole('list', { name: 'Notes' }).getByText(edits.notes[1]!)).toHaveCount(1);
  await expect(syncText(page)).toHaveText('Sign in to sync');
  expect((await server.exportBook(SAM.email)).tables.notes.filter((n) => n.body.startsWith('Offline note'))).toEqual(
    [],
  );

  // Back online. The browser kept the token only for the session, so the CSM signs in again.
  await context.setOffline(false);
  await context.unroute(APP_FILES);
  await page.getByRole('link', { name: 'Sign in…' }).click();
  const signIn = page.getByRole('region', { name: 'Team server' });
  await expect(signIn.getByLabel('Server address')).toHaveValue(server.url);
  await connect(page, signIn, 'Sign in');
  await expect(syncText(page)).toHaveText(/^All changes synced · /, { timeout: 30_000 });
  await screenshot(page.locator('.sidebar__footer'), 'sync-status-synced.png');

  const book = await server.exportBook(SAM.email);
  for (const body of edits.notes)
    expect(
      book.tables.notes.filter((n) => n.body === body),
      body,
    ).toHaveLength(1);
  for (const subject of edits.calls)
    expect(
      book.tables.activities.filter((a) => a.subject === subject),
      subject,
    ).toHaveLength(1);

  // "Sync now" once more changes nothing on the server: each edit is still there once.
  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await expect(syncText(page)).toHaveText(/^All changes synced · /);
  const again = await server.exportBook(SAM.email);
  expect(again.tables.notes.filter((n) => n.body.startsWith('Offline note'))).toHaveLength(2);
  expect(again.tables.activities.filter((a) => a.subject === edits.calls[0])).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a change the server refuses lands in Couldn’t sync (export, discard, edit and retry); a revoked token asks to sign in again; signing out keeps unsynced edits for the next sign-in', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const LEE = { email: 'lee@agency.test', name: 'Lee Chen' };
  const leeToken = await server.createUser(LEE.email, LEE.name);
  await server.createUser('kim@agency.test', 'Kim Park');
  await server.seedDemo(LEE.email, { accounts: 12, seed: 'e2e-lee' });

  await page.goto('/');
  await page.getByRole('button', { name: /Connect to your team server/ }).click();
  await connect(page, page.getByRole('dialog', { name: 'Connect to your team server' }), 'Connect', leeToken);
  await openBookAfterFirstSync(page);

  // Offline, Lee writes two notes on an account that the admin meanwhile moves to Kim.
  const first = page.locator('.book-row .account-link').first();
  await first.click({ timeout: 10_000 });
  const accountId = decodeURIComponent(/#\/accounts\/([^/]+)$/.exec(page.url())![1]!);
  // The account screen's code is fetched when it is first opened: the network goes once it is on screen.
  await expect(page.getByRole('tab', { name: /^Notes/ })).toBeVisible();
  await context.setOffline(true);
  await addNote(page, 'Lee: pricing concerns before the renewal');
  await addNote(page, 'Lee: second thought on pricing');
  await server.reassign(accountId, 'kim@agency.test');
  await context.setOffline(false);

  const review = page.getByRole('link', { name: '2 changes couldn’t sync — review' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(syncText(page)).toHaveText(/^All other changes synced · /);
  await screenshot(page.locator('.sidebar__footer'), 'sync-status-couldnt-sync.png');
  await review.click();
  const items = page.getByRole('list', { name: 'Changes that couldn’t sync' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  const pricing = items.filter({ hasText: 'Lee: pricing concerns before the renewal' });
  await expect(pricing).toContainText('New note · An account no longer in your book');
  await expect(pricing).toContainText('Not in your book: This account is no longer in your book.');
  await screenshot(page, 'sync-couldnt-sync.png');
  expect(
    (await server.exportBook('kim@agency.test')).tables.notes.filter(
      (n) => n.accountId === accountId && n.body.startsWith('Lee:'),
    ),
  ).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all…' }).click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as {
    format: string;
    entries: { reason: string; fields: { body: string } }[];
  };
  expect(exported.format).toBe('fieldbook-couldnt-sync/1');
  expect(exported.entries.map((e) => [e.reason, e.fields.body])).toEqual([
    ['out_of_scope', 'Lee: pricing concerns before the renewal'],
    ['out_of_scope', 'Lee: second thought on pricing'],
  ]);
  await items.filter({ hasText: 'second thought' }).getByRole('button', { name: 'Discard' }).click();
  await expect(items).toHaveCount(1);

  // The admin moves the account back; Lee edits the refused note and retries it: it reaches the server once, edited.
  await server.reassign(accountId, LEE.email);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(syncText(page)).toHaveText(/^All other changes synced · /);
  await pricing.getByRole('button', { name: 'Edit' }).click();
  await pricing.getByLabel('Body').fill('Lee: pricing concerns before the renewal (account is back)');
  await pricing.getByRole('button', { name: 'Save and retry' }).click();
  await expect(page.getByText('Every change synced. Nothing is waiting here.')).toBeVisible();
  await expect(syncText(page)).toHaveText(/^All changes synced · /, { timeout: 30_000 });
  const back = (await server.exportBook(LEE.email)).tables.notes.filter(
    (n) => n.accountId === accountId && n.body.startsWith('Lee:'),
  );
  expect(back.map((n) => n.body)).toEqual(['Lee: pricing concerns before the renewal (account is back)']);

  // The admin revokes Lee's token: the next sync asks Lee to sign in, and a new token resumes syncing.
  const newToken = await server.rotateToken(LEE.email);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(syncText(page)).toHaveText('Sign in to sync');
  await page.getByRole('link', { name: 'Sign in…' }).click();
  const section = page.getByRole('region', { name: 'Team server' });
  await expect(section.getByRole('alert')).toHaveText(/Your sign-in has expired or was revoked/);
  await screenshot(section, 'sync-sign-in-again.png');
  await connect(page, section, 'Sign in', newToken);
  await expect(syncText(page)).toHaveText(/^All changes synced · /, { timeout: 30_000 });

  // Sign out, with an edit not yet synced: the welcome screen; signing in again finds the book and the edit, which then syncs.
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book', exact: true }).click();
  await page.locator('.book-row .account-link').first().click();
  await addNote(page, 'Lee: written before signing out');
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Sign out…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'Your book and 1 change not yet synced stay on this laptop',
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: /Connect to your team server/ })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: /Connect to your team server/ }).click();
  await connect(page, page.getByRole('dialog', { name: 'Connect to your team server' }), 'Connect', newToken);
  await expect(syncText(page)).toHaveText(/^All changes synced · /, { timeout: 30_000 });
  const notes = (await server.exportBook(LEE.email)).tables.notes.filter(
    (n) => n.body === 'Lee: written before signing out',
  );
  expect(notes).toHaveLength(1);
});

test('connect from Settings while the demo book is open: the team book opens after its first sync', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const MAX = { email: 'max@agency.test', name: 'Max Ortiz' };
  const maxToken = await server.createUser(MAX.email, MAX.name);
  await server.seedDemo(MAX.email, { accounts: 5, seed: 'e2e-max' });

  await openDemoBook(page);
  await expect(page.locator('.totals')).toContainText('40accounts');
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Team server' });
  await expect(section).toContainText('Connect to your agency’s team server');
  await screenshot(section, 'sync-team-server-connect.png');
  await connect(page, section, 'Connect', maxToken);

  await openBookAfterFirstSync(page);
  await expect(page.locator('.totals')).toContainText('5accounts');
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Settings' }).click();
  await expect(section).toContainText(`${MAX.name} (${MAX.email}) · csm`);
  await expect(page.getByText('Your team server', { exact: true })).toBeVisible();
});
