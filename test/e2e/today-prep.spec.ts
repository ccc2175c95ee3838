import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 5 end to end: from Today open the next meeting, run the prep, log the meeting offline,
 * see the timesheet entry. The clock is fixed to a Tuesday morning so the day has meetings and
 * audits; the demo book is generated "as of" that day.
 */
const TUESDAY_MORNING = new Date('2026-11-24T08:40:00');

test('Today → prep → log the meeting offline → timesheet', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openDemoBook(page, TUESDAY_MORNING);

  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Start of day/ })).toBeVisible();
  await screenshot(page, 'today-1440x900.png');
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'today-1280x720.png');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Tick a start-of-day item; it stays ticked after a reload.
  await page.getByLabel('Help desk inbox').check();
  await page.reload();
  await expect(page.getByLabel('Help desk inbox')).toBeChecked();

  const next = page.getByRole('region', { name: 'Next meeting' });
  const accountName = (await next.locator('.today-next__title').innerText()).split(' · ')[0]!.trim();
  await next.getByRole('link', { name: /15-minute prep/ }).click();
  await expect(page.getByRole('heading', { name: `Prep: ${accountName}` })).toBeVisible();
  for (const section of [
    'Where the account stands',
    'What changed since the last meeting',
    'Results',
    'People',
    'Open items',
    'What to say',
  ]) {
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Start prep' }).click();
  await page.clock.fastForward('16:00');
  await expect(page.getByRole('timer')).toContainText('Done');
  await screenshot(page, 'prep-1440x900.png');
  // The screen scrolls inside the main pane: look at the lower sections too.
  for (const section of ['Results', 'People', 'What to say']) {
    await page.getByRole('heading', { name: section }).scrollIntoViewIfNeeded();
    await screenshot(page, `prep-1440x900-${section.toLowerCase().replace(/ /g, '-')}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'prep-1280x720.png');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'prep-print.png', { fullPage: true });
  // "Save as PDF" of the brief fits one Letter page.
  await page.pdf({ path: 'test-results/screens/prep-brief.pdf', format: 'Letter' });
  await page.emulateMedia({ media: null });
  expect(execFileSync('pdfinfo', ['test-results/screens/prep-brief.pdf']).toString()).toMatch(/Pages:\s+1\n/);
  // Calls are meetings, so the next one is the busiest account's sync: what the page leaves out it names.
  const briefText = execFileSync('pdftotext', ['test-results/screens/prep-brief.pdf', '-']).toString();
  expect(briefText).toMatch(/\+\d+ more/);

  await context.setOffline(true);
  // The monthly insight: drafted in three parts; marking it sent is the month's contact.
  await page.getByRole('button', { name: 'Monthly insight email' }).click();
  const insight = page.getByRole('dialog', { name: 'Monthly insight email' });
  await expect(insight.getByLabel('Body')).toHaveValue(
    /What's working[\s\S]*What needs work[\s\S]*What we're working on/,
  );
  await expect(insight.getByRole('link', { name: 'Open in mail app' })).toHaveAttribute(
    'href',
    /^mailto:[^?]*\?subject=[^&]+&body=/,
  );
  await screenshot(page, 'insight-1440x900.png');
  await insight.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/Monthly insight recorded/)).toBeVisible();

  await page.getByRole('button', { name: 'Log meeting' }).click();
  const dialog = page.getByRole('dialog', { name: /Log meeting/ });
  await dialog.getByLabel('Outcome').fill('Agreed to pilot paid search');
  await dialog.getByLabel(/Next steps/).fill('Send the pilot proposal');
  await dialog.getByLabel('Meeting minutes').fill('30');
  await expect(dialog.getByLabel(/Prep minutes/)).toHaveValue('16');
  await dialog.getByRole('button', { name: 'Log meeting' }).click();
  await expect(page.getByText(/Meeting logged/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Monthly contact due' })).not.toContainText(accountName);
  await page.getByRole('tab', { name: 'Timesheet' }).click();
  const sheet = page.getByRole('region', { name: 'Timesheet' });
  const row = (category: string) =>
    sheet.getByRole('row').filter({ hasText: accountName }).filter({ hasText: category });
  await expect(row('Prep')).toContainText('16 min');
  await expect(row('Meeting')).toContainText('30 min');
  // A hand-logged line of the daily timesheet, still offline.
  const logTime = page.getByRole('form', { name: 'Log time' });
  await logTime.getByLabel('Account').selectOption({ label: accountName });
  await logTime.getByLabel('Category').selectOption('email');
  await logTime.getByLabel('Minutes').fill('10');
  await logTime.getByRole('button', { name: 'Log time' }).click();
  await expect(row('Email')).toContainText('10 min');
  await screenshot(page, 'timesheet-1440x900.png');

  await page.getByRole('tab', { name: 'Week plan' }).click();
  await expect(
    page.getByRole('region', { name: 'Week plan' }).getByRole('button', { name: 'Export CSV' }),
  ).toBeVisible();
  await screenshot(page, 'workplan-1440x900.png');
  await page.getByRole('tab', { name: 'Trip' }).click();
  await page.getByLabel('Back').fill('2026-12-08');
  await screenshot(page, 'trip-1440x900.png');
  expect(errors).toEqual([]);
});

// How fast prep opens for the largest account of a 500-account two-year book is `npm run bench`'s
// prep.open (beside navigating to Settings in the same run), not a timed test here.
