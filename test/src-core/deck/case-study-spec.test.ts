import { describe, expect, it } from 'vitest';
import { buildCaseStudySpec } from '../../../src-core/deck';
import type { BookTables, CaseStudy } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { makeCaseStudy } from '../../builders';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';
import { RISK_WORDS, redAccountBook } from './red-account-book';

const YEAR = parsePeriod('2026');

const study = (o: Partial<CaseStudy> = {}): CaseStudy =>
  makeCaseStudy({
    id: 'cs-1',
    accountId: ACCOUNT_ID,
    title: 'Twice the booked jobs',
    status: 'approved',
    approvedOn: '2026-08-01',
    situation: 'A quiet phone between seasons.',
    whatWeDid: 'Local pages rebuilt.',
    ...o,
  });

function withStudy(book: BookTables, o: Partial<CaseStudy> = {}): BookTables {
  return { ...book, caseStudies: [study(o)] };
}

describe('the case-study deck spec', () => {
  it('tells the story in client text only, even for an account with risks on file', () => {
    const spec = buildCaseStudySpec({
      book: withStudy(redAccountBook()),
      accountId: ACCOUNT_ID,
      period: YEAR,
      branding: BRANDING,
      now: NOW,
    });
    const slideText = JSON.stringify(spec.slides.map(({ notes: _notes, ...s }) => s));
    for (const words of Object.values(RISK_WORDS)) expect(slideText).not.toContain(words);
    expect(spec.slides.map((s) => s.key).slice(0, 3)).toEqual(['title', 'situation', 'what-we-did']);
  });

  it('shows ROI once a POWER goal’s value was delivered, and leaves it out (with why) while none was', () => {
    const input = { accountId: ACCOUNT_ID, period: YEAR, branding: BRANDING, now: NOW };
    // The fixture's "More leads" goal ($30,000) was reached on 2026-08-02 against a $22,500 investment: ROI 133%.
    const reached = buildCaseStudySpec({ ...input, book: withStudy(fixtureBook()) });
    expect(reached.slides.map((s) => s.key)).toEqual([
      'title',
      'situation',
      'what-we-did',
      'results',
      'kpi-leads',
      'roi',
      'quote',
    ]);
    expect(
      buildCaseStudySpec({ ...input, book: withStudy(fixtureBook()), omittedSlides: ['roi'] }).slides.map((s) => s.key),
    ).not.toContain('roi');

    // The same goals with targets out of reach: they have a value, none was delivered, so "ROI 0%" stays out.
    const book = withStudy(fixtureBook());
    book.goals = book.goals.map((g) => ({ ...g, target: 1_000_000_000 }));
    const none = buildCaseStudySpec({ ...input, book });
    expect(none.slides.map((s) => s.key)).not.toContain('roi');
    expect(none.leftOut.map((l) => [l.slide.key, l.slide.nothingToSay])).toContainEqual([
      'roi',
      'No POWER goal reached yet in this agreement year to show as ROI.',
    ]);
    expect(buildCaseStudySpec({ ...input, book, includedSlides: ['roi'] }).slides.map((s) => s.key)).toContain('roi');
  });
});
