import { expect, test, type Page } from '@playwright/test';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 4 end to end: the scorecard, an account's health breakdown with an override that keeps
 * the computed score visible, and a snoozed warning. The clock is fixed so the demo book (made
 * "as of" today) and the numbers are the same on every run.
 */
const MORNING = new Date('2026-11-24T09:30:00');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Fieldbook' });

test('scorecard, health breakdown with an override, and a snoozed warning', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openDemoBook(page, MORNING);

  // The Book has a Health column, filled in by the book worker.
  await expect(page.getByRole('columnheader', { name: /Health/ })).toBeVisible();
  await expect(page.locator('.book-row .health-badge').first()).toBeVisible({ timeout: 30_000 });
  // Sorted by health, the weakest accounts come first.
  await page
    .getByRole('columnheader', { name: /Health/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Health/ })).toHaveAttribute('aria-sort', 'ascending');
  const firstScore = Number((await page.locator('.book-row .health-badge').first().innerText()).match(/\d+/)![0]);
  const secondScore = Number((await page.locator('.book-row .health-badge').nth(1).innerText()).match(/\d+/)![0]);
  expect(firstScore).toBeLessThanOrEqual(secondScore);
  await screenshot(page, 'book-health-1440x900.png');

  // Scorecard: every metric with its target, the revenue-loss callout, charts.
  await nav(page).getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'Scorecard', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Revenue lost in Q4 2026/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: /Revenue lost in/ })).toContainText(
    /\$[\d,]+(\.\d\d)? of a \$[\d,]+(\.\d\d)? allowance/,
  );
  const nrr = page.getByRole('article', { name: 'Net revenue retention' });
  await expect(nrr).toContainText('target ≥ 110%');
  await expect(nrr.locator('canvas')).toBeVisible();
  await nrr.getByText('How it is counted').click();
  await expect(nrr).toContainText('New clients do not count');
  await screenshot(page, 'scorecard-1440x900.png');
  await page.getByRole('heading', { name: 'Value delivered' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'scorecard-1440x900-value.png');
  // Another period: a month.
  await page.getByRole('combobox', { name: 'Period' }).selectOption('month');
  await expect(page.getByRole('heading', { name: /Revenue lost in November 2026/ })).toBeVisible({ timeout: 30_000 });
  // The optional comp-plan view, from the same numbers.
  await page.getByLabel(/Show my comp-plan estimate/).click();
  await expect(page.getByLabel(/Show my comp-plan estimate/)).toBeChecked();
  await expect(page.getByRole('region', { name: /Comp plan estimate/ })).toContainText('President’s Club');

  // The HVAC story account: its health breakdown.
  await nav(page).getByRole('link', { name: 'Book' }).click();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('Ridgeline');
  await page.getByRole('link', { name: HVAC_STORY_ACCOUNT_NAME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: HVAC_STORY_ACCOUNT_NAME })).toBeVisible();
  await page.getByRole('tab', { name: /^Health/ }).click();
  const summary = page.getByRole('region', { name: 'Health' });
  await expect(summary.getByText(/^What would move it to (Yellow|Green)$/)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Health measures' }).getByRole('listitem').filter({ hasText: 'Largest drag' }),
  ).toHaveCount(1);
  await expect(page.getByRole('region', { name: /Trend, last 90 days/ }).locator('canvas')).toBeVisible({
    timeout: 30_000,
  });
  const score = (await summary.locator('.health-summary__number').innerText()).trim();
  const computedBand = (await summary.locator('.health-badge').first().getAttribute('data-band'))!;
  expect(['red', 'yellow']).toContain(computedBand);
  await screenshot(page, 'health-breakdown-1440x900.png');
  await page.getByRole('region', { name: 'Measures' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'health-breakdown-1440x900-measures.png');

  // Override the band: the header shows Green with the pin, the computed band and score beside it.
  const form = page.getByRole('form', { name: 'Override the health band' });
  await form.getByLabel('Band').selectOption('green');
  await form.getByLabel('Reason').fill('Owner confirmed the renewal on the call; the lead dip is the shoulder season.');
  await form.getByRole('button', { name: 'Override band' }).click();
  await expect(page.getByText(/Band overridden/)).toBeVisible();
  const header = page.locator('.account-header');
  const computedLabel = computedBand === 'red' ? 'Red' : 'Yellow';
  await expect(page.getByRole('region', { name: 'Override band' })).toContainText(
    `The computed band is ${computedLabel}, score ${score}`,
  );
  await expect(summary.locator('.health-badge')).toContainText(`computed ${computedLabel} · ${score}`);
  await expect(header).toContainText(score);
  await screenshot(page, 'health-override-1440x900.png');
  // Recomputing (a reload re-reads everything) keeps the override.
  await page.reload();
  await page.getByRole('tab', { name: /^Health/ }).click();
  await expect(page.getByRole('region', { name: 'Override band' })).toContainText('Shown as Green');

  // Warnings: the story account is flagged; snooze one of its warnings for a week.
  await nav(page)
    .getByRole('link', { name: /Warnings/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Warnings', level: 1 })).toBeVisible();
  const mine = page
    .getByRole('list', { name: 'Warnings' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: HVAC_STORY_ACCOUNT_NAME }) });
  await expect(mine.first()).toBeVisible({ timeout: 30_000 });
  const before = await mine.count();
  await screenshot(page, 'warnings-1440x900.png');
  const first = mine.first();
  const evidence = await first.locator('.warning__evidence').innerText();
  await first.getByRole('button', { name: '1 week' }).click();
  await expect(page.getByText('Warning snoozed.')).toBeVisible();
  await expect(mine).toHaveCount(before - 1);
  await page.getByRole('tab', { name: 'Snoozed' }).click();
  await expect(page.getByText(evidence)).toBeVisible();
  await expect(page.getByText(/Snoozed until Dec 1, 2026/).first()).toBeVisible();

  // A playbook from a warning: its tasks land on the account.
  await page.getByRole('tab', { name: 'Inbox' }).click();
  await mine.first().getByRole('button', { name: 'Run playbook' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/tasks$/).first()).toBeVisible();
  await dialog.getByRole('button', { name: /^Create \d+ tasks/ }).click();
  await expect(page.getByText(/Playbook started/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(mine.first().locator('.warning__runs')).toContainText('tasks');

  // The cadence board and onboarding tracker.
  await nav(page).getByRole('link', { name: 'Cadence' }).click();
  await expect(page.getByRole('heading', { name: /Cadence: due and overdue/ })).toBeVisible({ timeout: 30_000 });
  await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
  await screenshot(page, 'cadence-1440x900.png');
  expect(errors).toEqual([]);
});

interface Timing {
  kind: string;
  sentAt: number;
  phases: Record<string, number> | null;
}

/**
 * A note saved on one account: the Book keeps every account's health on screen (never "…"
 * again), and the book worker re-scores only that account and re-detects only its warnings.
 * How long that takes on a 500-account book is `npm run bench`'s (insights.after-write, book.open).
 */
test('after a note, the Book keeps its health and the worker recomputes only that account', async ({ page }) => {
  await openDemoBook(page, MORNING);
  const rows = page.locator('.book-row');
  const scored = page.locator('.book-row [data-figure="health"]');
  await expect(scored.first()).toBeVisible({ timeout: 30_000 });
  await expect(scored).toHaveCount(await rows.count());
  const timings = () =>
    page.evaluate(() => (window as unknown as { __fieldbookWorkerTimings?: Timing[] }).__fieldbookWorkerTimings ?? []);

  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await openTab(page, 'Notes');
  const writtenAt = await page.evaluate(() => performance.now());
  await page.getByLabel('New note').fill('Dana confirmed the March campaign; renewal talk at the QBR.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();

  // Watch the Health column from the moment the Book is back: no account may fall back to "…".
  await page.evaluate(() => {
    const w = window as unknown as { __placeholders: number };
    w.__placeholders = 0;
    new MutationObserver(() => {
      const cells = [...document.querySelectorAll('.book-row span.muted')].filter((c) => c.textContent === '…');
      w.__placeholders = Math.max(w.__placeholders, cells.length);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await nav(page).getByRole('link', { name: 'Book' }).click();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('');
  await expect(scored).toHaveCount(await rows.count());

  const since = async (kind: string) =>
    (await timings()).filter((t) => t.kind === kind && t.sentAt > writtenAt).map((t) => t.phases?.recomputed);
  // Health and warnings catch up with the note, each for the one account that changed.
  await expect.poll(() => since('book'), { timeout: 30_000 }).toContain(1);
  await expect.poll(() => since('warnings'), { timeout: 30_000 }).toContain(1);
  expect((await since('book')).every((n) => n !== undefined && n <= 1)).toBe(true);
  await expect(scored).toHaveCount(await rows.count());
  expect(await page.evaluate(() => (window as unknown as { __placeholders: number }).__placeholders)).toBe(0);
});
