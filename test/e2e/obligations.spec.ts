import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import PostalMime from 'postal-mime';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { convertToPdf, pdfPageCount, pdfPageText } from '../support/pptx/libreoffice';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 16 in the browser: document a new POWER goal and approve it, and watch the bonus screen
 * change; log a QBR and answer the feedback prompt raised there with an .eml draft, then record the
 * answer against the request; record a referral; review and generate a case-study deck (in the deck
 * history, opened in LibreOffice); record a process from the Obligations screen.
 */
const MONDAY_MORNING = new Date('2026-11-23T09:00:00');
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

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name }).click();

/** "N of M clients have a goal approved in 2026", read off the bonus card. */
async function approvedClients(page: Page): Promise<[number, number]> {
  const line = page.locator('[data-check="approvedGoals"] .muted').first();
  await expect(line).toContainText('clients have a goal approved in 2026');
  const m = /(\d+) of (\d+) clients/.exec((await line.textContent()) ?? '');
  return [Number(m![1]), Number(m![2])];
}

test('document and approve a POWER goal, answer the feedback prompt after a QBR, record a referral, review and make a case-study deck, record a process: the obligations screen follows', async ({
  page,
}) => {
  // Many steps and a LibreOffice conversion on a shared 2-core machine: more than the default minute.
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, MONDAY_MORNING);

  await nav(page, 'Obligations');
  await expect(page.getByRole('heading', { level: 1, name: 'Obligations' })).toBeVisible();
  const bonus = page.getByRole('region', { name: /Year-end bonus/ });
  await expect(bonus.getByText('Not yet')).toBeVisible();
  const [before, clients] = await approvedClients(page);
  expect(before).toBe(0);
  // The HVAC account stands in the way (listed, perhaps under "and N more").
  const hvacBlocker = page.locator('[data-check="approvedGoals"] a', { hasText: HVAC_STORY_ACCOUNT_NAME });
  await expect(hvacBlocker).toHaveCount(1);
  const referralsLine = page.getByRole('region', { name: 'Referrals, case studies, processes' }).locator('p').first();
  const referralsBefore = Number(/(\d+) of/.exec((await referralsLine.textContent()) ?? '')![1]);
  await shoot(page, 'obligations-before');

  // Document a new POWER goal with the HVAC client (the form says what is missing first), then approve it.
  await nav(page, 'Book');
  const accountId = await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await openTab(page, 'Goals');
  await expect(page.getByText(/No goal approved by the client in 2026 yet/)).toBeVisible();
  const newGoals = page.getByText(/of 2 new POWER goals documented in 2026/);
  const newBefore = Number(/^(\d+)/.exec((await newGoals.textContent()) ?? '')![1]);
  await page.getByRole('button', { name: 'New POWER goal' }).click();
  const form = page.getByRole('dialog', { name: `New POWER goal · ${HVAC_STORY_ACCOUNT_NAME}` });
  await form.getByRole('button', { name: 'Save POWER goal' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Name the outcome' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'worth to the client' })).toBeVisible();
  await form.getByLabel('Outcome').fill('40 booked jobs a week by spring');
  await form.getByLabel('KPI').selectOption('booked_jobs');
  await form.getByLabel('Baseline now').fill('40');
  await form.getByLabel('Target').fill('25');
  await form.getByLabel('Worth to the client ($)').fill('30,000');
  await form.getByRole('button', { name: 'Save POWER goal' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Booked jobs: higher is better, so the target must be above the baseline.',
  );
  await shoot(page, 'goal-new-form');
  await form.getByLabel('Baseline now').fill('25');
  await form.getByLabel('Target').fill('40');
  await form.getByRole('button', { name: 'Save POWER goal' }).click();
  await expect(form).toBeHidden();
  const goalRow = page.getByRole('row', { name: /40 booked jobs a week by spring/ });
  await expect(goalRow).toBeVisible();
  await expect(newGoals).toHaveText(`${newBefore + 1} of 2 new POWER goals documented in 2026.`);
  await goalRow.getByRole('button', { name: 'Record approval' }).click();
  const approve = page.getByRole('dialog', { name: 'Record the client’s approval' });
  await approve.getByLabel('How').selectOption('meeting');
  await approve.getByLabel(/Note/).fill('Agreed at the kickoff review');
  await approve.getByRole('button', { name: 'Record approval' }).click();
  await expect(page.getByText('1 goal approved by the client in 2026.')).toBeVisible();
  await expect(goalRow.getByRole('cell', { name: /Meeting/ })).toBeVisible();
  await shoot(page, 'goals-approved');

  // A QBR logged on the prep screen: the app asks at that moment for feedback, as a client-safe .eml draft.
  await page.evaluate((id) => (location.hash = `#/accounts/${id}/prep`), accountId);
  await page.getByRole('button', { name: 'Log meeting' }).click();
  const log = page.getByRole('dialog', { name: `Log meeting · ${HVAC_STORY_ACCOUNT_NAME}` });
  await log.getByLabel('Which meeting').selectOption({ label: 'A meeting not on the calendar' });
  await log.getByLabel(/It was a QBR/).check();
  await shoot(page, 'prep-log-qbr');
  await log.getByRole('button', { name: 'Log meeting' }).click();
  const moment = page.getByRole('status', { name: 'Ask for feedback now' });
  await expect(moment).toContainText(`Ask ${HVAC_STORY_ACCOUNT_NAME} for feedback?`);
  await expect(moment).toContainText('QBR held on Nov 23, 2026');
  await shoot(page, 'prep-feedback-prompt');
  await moment.getByRole('button', { name: 'Ask for feedback' }).click();
  const ask = page.getByRole('dialog', { name: 'Ask for feedback' });
  await expect(ask.getByLabel('Why now')).toHaveValue('qbr');
  await expect(ask.getByLabel('Message')).toHaveValue(/Thank you for your time at our quarterly review/);
  await shoot(page, 'feedback-ask');
  const saving = page.waitForEvent('download');
  await ask.getByRole('button', { name: 'Save email draft (.eml)' }).click();
  const eml = await saving;
  expect(eml.suggestedFilename()).toBe(`${HVAC_STORY_ACCOUNT_NAME} — feedback request.eml`);
  const mail = await PostalMime.parse(await readFile(await eml.path()));
  expect(mail.subject).toBe(`${HVAC_STORY_ACCOUNT_NAME}: two quick questions about our work`);
  expect(mail.to?.length).toBe(1);
  expect(mail.text).toContain('How likely are you to recommend us');
  expect(mail.text).not.toMatch(/risk|health|overdue|invoice/i);

  // Recorded against the QBR, the prompt is gone; the answer is entered on the Feedback tab.
  await expect(moment).toHaveCount(0);
  await page.evaluate((id) => (location.hash = `#/accounts/${id}`), accountId);
  await openTab(page, 'Feedback');
  const waiting = page.getByRole('region', { name: 'Feedback requests' }).getByText(/Waiting for an answer/);
  await expect(waiting).toBeVisible();
  await page.getByRole('button', { name: 'Record answer' }).click();
  const answer = page.getByRole('dialog', { name: 'Record the client’s answer' });
  await answer.getByLabel('NPS (0–10)').selectOption('10');
  await answer.getByLabel('CSAT (1–5)').selectOption('5');
  await answer.getByLabel(/Comment/).fill('The spring tune-up campaign filled our schedule.');
  await answer.getByRole('button', { name: 'Record answer' }).click();
  await expect(waiting).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'The spring tune-up campaign filled our schedule.' })).toBeVisible();
  await shoot(page, 'feedback-answered');

  // Record a referral from this client.
  await openTab(page, 'Relationship');
  await page.getByRole('button', { name: 'Record a referral' }).click();
  const referral = page.getByRole('dialog', { name: 'Record a referral' });
  await referral.getByLabel('Referred company').fill('Northside Plumbing');
  await referral.getByLabel('Contact (name, email or phone)').fill('Jo Park, jo@northside.test');
  await referral.getByRole('button', { name: 'Record referral' }).click();
  await expect(page.getByRole('cell', { name: 'Northside Plumbing' })).toBeVisible();

  // Mark the client as a case-study candidate quoting that answer, take it to client-approved, make its deck.
  await page.getByRole('button', { name: 'Mark as case-study candidate' }).click();
  const study = page.getByRole('dialog', { name: 'Case-study candidate' });
  await study.getByLabel('Headline').fill('A full spring schedule');
  await study.getByLabel('The situation').fill('A family HVAC company with a quiet phone between seasons.');
  await study.getByLabel('What we did').fill('Local search pages rebuilt; ads moved to the hours customers call.');
  await expect(study.getByLabel(/Client quote/)).toHaveValue(/.+/);
  await expect(study.getByLabel(/Client quote/).locator('option:checked')).toContainText('spring tune-up');
  await study.getByRole('button', { name: 'Save candidate' }).click();
  await page.getByRole('button', { name: 'Mark drafted' }).click();
  await page.getByRole('button', { name: 'Client approved' }).click();
  await expect(page.getByRole('button', { name: 'Published' })).toBeVisible();
  await shoot(page, 'relationship');
  // The case-study deck goes through the outline review like a QBR, then into the deck history.
  await page.getByRole('button', { name: 'Case-study deck (.pptx)' }).click();
  const outline = page.getByRole('dialog', { name: 'Case-study deck: review the outline' });
  await expect(outline.getByText('In the client’s words')).toBeVisible();
  await shoot(page, 'case-study-outline');
  const making = page.waitForEvent('download');
  await outline.getByRole('button', { name: 'Generate case study' }).click();
  const deck = await making;
  await expect(outline).toBeHidden();
  await openTab(page, 'Decks');
  await expect(page.getByRole('list', { name: 'Deck history' })).toContainText('Case study · 2026');
  await shoot(page, 'deck-history-case-study');
  expect(deck.suggestedFilename()).toBe(`${HVAC_STORY_ACCOUNT_NAME} — Case study 2026.pptx`);
  const dir = await mkdtemp(join(tmpdir(), 'fieldbook-case-study-e2e-'));
  const pptx = join(dir, 'case-study.pptx');
  await copyFile(await deck.path(), pptx);
  const zip = await JSZip.loadAsync(await readFile(pptx));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  // LibreOffice converts the deck (seconds of start-up) while the screens below are checked.
  const converted = convertToPdf([pptx], dir);
  converted.catch(() => {}); // awaited below; this only keeps a failure from being "unhandled" before then

  // The obligations screen has moved: one more client approved, one more referral, the answer counted.
  await nav(page, 'Obligations');
  await expect.poll(async () => (await approvedClients(page))[0]).toBe(1);
  expect((await approvedClients(page))[1]).toBe(clients);
  await expect(hvacBlocker).toHaveCount(0);
  await expect(referralsLine).toContainText(`${referralsBefore + 1} of 5 referrals this year`);
  await expect(page.getByText(/Asked 1 time this year, 1 answered/)).toBeVisible();
  await expect(page.locator('[data-check="caseStudy"]')).toHaveClass(/club__item--done/);
  await expect(page.locator('[data-check="caseStudy"]')).toContainText('1 approved by the client');

  // A process the CSM documented, recorded from the Obligations screen with the client it came from.
  const processes = page.getByRole('heading', { name: /Processes documented this year: \d+/ });
  const processesBefore = Number(/year: (\d+)/.exec((await processes.textContent()) ?? '')![1]);
  await page.getByRole('button', { name: 'Record a documented process' }).click();
  const proc = page.getByRole('dialog', { name: 'Record a documented process' });
  await proc.getByLabel(/Came from the work for/).selectOption({ label: HVAC_STORY_ACCOUNT_NAME });
  await proc.getByLabel('Process').fill('Seasonal campaign hand-off checklist');
  await proc.getByLabel(/Link/).fill('https://help.agency.test/seasonal-hand-off');
  await shoot(page, 'obligations-process-dialog');
  await proc.getByRole('button', { name: 'Record process' }).click();
  await expect(processes).toContainText(`Processes documented this year: ${processesBefore + 1}`);
  await expect(page.getByRole('list', { name: 'Processes documented' })).toContainText(
    `Seasonal campaign hand-off checklist — ${HVAC_STORY_ACCOUNT_NAME}`,
  );
  await shoot(page, 'obligations-after');

  await converted;
  const pdf = join(dir, 'case-study.pdf');
  expect(await pdfPageCount(pdf)).toBe(slides);
  const last = (await pdfPageText(pdf, slides)).replace(/\s+/g, ' ');
  expect(last).toContain('In the client’s words');
  expect(last).toContain('The spring tune-up campaign filled our schedule.');
  expect(errors).toEqual([]);
});

test('feedback is asked where the moment happens: a client deliverable done, a QBR deck saved, an escalation resolved', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemoBook(page, MONDAY_MORNING);
  const name = 'Serenity Skin Studio';
  await openAccountBySearch(page, 'serenity', name);

  // A task promised to the client, ticked done: a deliverable, so the Tasks tab asks.
  await page.getByRole('button', { name: 'Add task', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add task' });
  await add.getByLabel('Task').fill('Send the new booking-page copy');
  await add.getByRole('checkbox', { name: 'For the client' }).check();
  await add.getByRole('button', { name: 'Add task' }).click();
  await openTab(page, 'Tasks');
  await page.getByRole('checkbox', { name: 'Send the new booking-page copy', exact: true }).check();
  const moment = page.getByRole('status', { name: 'Ask for feedback now' });
  await expect(moment).toContainText(`Ask ${name} for feedback?`);
  await expect(moment).toContainText('Delivered on Nov 23, 2026: Send the new booking-page copy');
  await shoot(page, 'tasks-feedback-prompt');
  await moment.getByRole('button', { name: 'Not now' }).click();
  await expect(moment).toHaveCount(0);

  // A QBR deck saved: a deliverable too, asked about on the Decks tab; the draft says why now.
  await openTab(page, 'Decks');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate QBR', exact: true }).click();
  await downloading;
  await expect(moment).toContainText(/QBR deck 2026-Q\d made on Nov 23, 2026/);
  await shoot(page, 'decks-feedback-prompt');
  await moment.getByRole('button', { name: 'Ask for feedback' }).click();
  const ask = page.getByRole('dialog', { name: 'Ask for feedback' });
  await expect(ask.getByLabel('Why now')).toHaveValue('deliverable');
  await expect(ask.getByLabel('Message')).not.toHaveValue(/risk|health|overdue|invoice/i);
  await ask.getByRole('button', { name: 'Close' }).click();

  // An escalation (a high-priority ticket) marked resolved on the Timeline: asked there too.
  await nav(page, 'Book');
  await openAccountBySearch(page, 'indianapolis', 'Indianapolis Comfort Systems');
  await openTab(page, 'Timeline');
  const escalation = page
    .getByRole('listitem')
    .filter({ hasText: /(High|Urgent) priority/ })
    .filter({ has: page.getByRole('button', { name: /^Mark resolved/ }) })
    .first();
  const subject = (await escalation.locator('.timeline__title').textContent())!.replace(/\s*open.*$/s, '').trim();
  await escalation.getByRole('button', { name: /^Mark resolved/ }).click();
  await expect(moment).toContainText(`Escalation resolved on Nov 23, 2026: ${subject}`);
  await shoot(page, 'timeline-feedback-prompt');
  expect(errors).toEqual([]);
});
