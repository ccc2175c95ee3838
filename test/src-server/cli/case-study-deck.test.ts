import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCaseStudySpec, DEFAULT_BRANDING } from '../../../src-core/deck';
import { generateDemoBook, HVAC_STORY_ACCOUNT_NAME } from '../../../src-core/demo';
import type { BookFile, CaseStudy } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { runDeck } from '../../../src-server/cli/deck';
import { checkWithLibreOffice, expectedText, pdfPageText } from '../../support/pptx/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'fieldbook-case-study-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OWNER = { id: 'u-1', email: 'sam@agency.test', name: 'Sam Lee', role: 'csm' as const };
const NOW = '2026-11-23T15:00:00.000Z';

/** The demo book's HVAC story (seed 001) marked as the year's case study, quoting the client's own feedback. */
function bookWithStudy(): { book: BookFile; accountId: string; quote: string } {
  const book = generateDemoBook({ seed: 'case-study', accounts: 6, years: 2, asOf: '2026-11-20', owner: OWNER });
  const account = book.tables.accounts.find((a) => a.name === HVAC_STORY_ACCOUNT_NAME)!;
  const said = book.tables.feedback.filter((f) => f.accountId === account.id && f.comment.trim() !== '');
  const picked = said.sort((a, b) => b.date.localeCompare(a.date))[0]!;
  const study: CaseStudy = {
    id: 'cs-1',
    rev: 1,
    deleted: false,
    updatedAt: '2026-11-01T10:00:00.000Z',
    accountId: account.id,
    title: 'More booked jobs from the same ad spend',
    status: 'approved',
    markedOn: '2026-09-01',
    draftedOn: '2026-10-01',
    approvedOn: '2026-11-01',
    publishedOn: null,
    situation: 'A family HVAC company whose phone went quiet between seasons.',
    whatWeDid: 'Rebuilt the local search pages.\nMoved ad spend to the hours customers call.',
    quoteFeedbackId: picked.id,
    link: '',
  };
  book.tables.caseStudies = [study];
  return { book, accountId: account.id, quote: picked.comment.trim() };
}

describe('npm run deck -- --kind case-study', () => {
  it('writes a case-study deck that opens in LibreOffice, one page per slide, the client quote on its page', async () => {
    const { book, accountId, quote } = bookWithStudy();
    const bookPath = join(dir, 'book.json');
    writeFileSync(bookPath, JSON.stringify(book));
    const out = join(dir, 'case-study.pptx');
    const r = await runDeck(
      ['--book', bookPath, '--account', accountId, '--kind', 'case-study', '--period', '2026', '--out', out],
      NOW,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);

    const spec = buildCaseStudySpec({
      book: book.tables,
      accountId,
      period: parsePeriod('2026'),
      branding: DEFAULT_BRANDING,
      now: book.exportedAt,
    });
    const keys = spec.slides.map((s) => s.key);
    expect(keys[0]).toBe('title');
    expect(keys).toEqual(expect.arrayContaining(['situation', 'what-we-did', 'results', 'quote']));
    // The demo's HVAC goals were reached before this agreement year began: no "ROI 0%" slide in a story to publish.
    expect(spec.leftOut.map((l) => [l.slide.key, l.slide.nothingToSay])).toContainEqual([
      'roi',
      'No POWER goal reached yet in this agreement year to show as ROI.',
    ]);
    expect(spec.slides.some((s) => s.kind === 'chart')).toBe(true);

    const [check] = await checkWithLibreOffice([out], [spec.slides.map(expectedText)], dir);
    expect(check!.problems).toEqual([]);
    expect(check!.pages).toBe(spec.slides.length);
    const quotePage = keys.indexOf('quote') + 1;
    const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    expect(squash(await pdfPageText(check!.pdf, quotePage))).toContain(squash(quote.slice(0, 40)));
  }, 120_000);

  it('says plainly when the account is not a case-study candidate', async () => {
    const { book, accountId } = bookWithStudy();
    book.tables.caseStudies = [];
    const bookPath = join(dir, 'no-study.json');
    writeFileSync(bookPath, JSON.stringify(book));
    const r = await runDeck(
      ['--book', bookPath, '--account', accountId, '--kind', 'case-study', '--out', join(dir, 'none.pptx')],
      NOW,
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${HVAC_STORY_ACCOUNT_NAME} is not a case-study candidate yet: mark it on its Relationship tab first.`,
    );
  });

  it('refuses a month: a case study tells a year or a quarter', async () => {
    const r = await runDeck(
      ['--book', 'x.json', '--account', 'a', '--kind', 'case-study', '--period', '2026-09', '--out', 'x'],
      NOW,
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe('A case study tells a year or a quarter: use --period like 2026 or 2026-Q3, not "2026-09".');
  });
});
