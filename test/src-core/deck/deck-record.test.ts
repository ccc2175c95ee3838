import { describe, expect, it } from 'vitest';
import {
  buildCaseStudySpec,
  buildQbrSpec,
  deckDataHash,
  deckOutline,
  deckRecordFor,
  previousDeckChoices,
} from '../../../src-core/deck';
import { validateRow } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { makeCaseStudy } from '../../builders';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

const period = parsePeriod('2026-Q3');

describe('deck records and the outline', () => {
  it('records what was generated, valid for sync, and carries commentary into the next deck', () => {
    const book = fixtureBook();
    const choices = {
      commentary: { roi: 'Beat the fee.', goals: '  ' },
      omittedSlides: ['appendix'],
      includedSlides: ['improvements'],
    };
    const spec = buildQbrSpec({ book, accountId: ACCOUNT_ID, period, branding: BRANDING, now: NOW, ...choices });
    const record = deckRecordFor({
      id: 'deck-1',
      spec,
      sizeBytes: 120_000,
      fileName: 'Acme Plumbing — QBR 2026-Q3.pptx',
      dataHash: deckDataHash(book, ACCOUNT_ID),
      ...choices,
    });
    expect(validateRow('decks', record)).toEqual({ ok: true, value: record });
    expect(record).toMatchObject({
      kind: 'qbr',
      period: '2026-Q3',
      slideCount: spec.slides.length,
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      includedSlides: ['improvements'],
    });

    book.decks.push(record);
    const next = previousDeckChoices(book, ACCOUNT_ID, 'qbr', '2026-Q3');
    expect(next).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      includedSlides: ['improvements'],
      // The renewal proposal's options as picked (every suggested one, by default) come back too.
      renewalOptions: ['renew', 'grow-opp-1'],
    });
    const again = buildQbrSpec({ book, accountId: ACCOUNT_ID, period, branding: BRANDING, now: NOW, ...next });
    expect(again.slides.find((s) => s.key === 'roi')!.commentary).toBe('Beat the fee.');
    expect(previousDeckChoices(book, ACCOUNT_ID, 'qbr', '2026-Q2')).toEqual({
      commentary: {},
      omittedSlides: [],
      includedSlides: [],
    });
    // A record synced before `includedSlides` existed still validates and carries no inclusions.
    const { includedSlides: _none, ...older } = record;
    expect(validateRow('decks', older).ok).toBe(true);
  });

  it('fingerprints the account data so a stale deck shows', () => {
    const book = fixtureBook();
    const before = deckDataHash(book, ACCOUNT_ID);
    // The value saved DeckRecords carry: the same since FNV-1a moved to text/stable-hash.ts.
    expect(before).toBe('fnv1a:12:08a7e28e');
    expect(deckDataHash(fixtureBook(), ACCOUNT_ID)).toBe(before);
    book.goals[0] = { ...book.goals[0]!, rev: 2 };
    expect(deckDataHash(book, ACCOUNT_ID)).not.toBe(before);
    expect(deckDataHash(book, 'other')).toBe('fnv1a:0:811c9dc5');
  });

  it('outlines slides with their key numbers for review', () => {
    const outline = deckOutline(
      buildQbrSpec({ book: fixtureBook(), accountId: ACCOUNT_ID, period, branding: BRANDING, now: NOW }),
    );
    expect(outline.find((o) => o.key === 'kpi-leads')).toEqual({
      key: 'kpi-leads',
      kind: 'chart',
      title: 'Leads: Q3 2026 vs Q2 2026',
      optional: false,
      hasCommentary: false,
      keyNumbers: ['Q3 2026: 156', 'Q2 2026: 130', 'Change: +20%', 'Target: 143'],
      leftOut: null,
      nothingToSay: null,
    });
    expect(outline.find((o) => o.key === 'summary')!.keyNumbers).toEqual([
      'Leads: 156',
      'Goals on track: 1 of 2',
      'ROI (agreement year): 133%',
    ]);
    expect(outline.filter((o) => o.optional).map((o) => o.key)).toContain('expansion');
  });

  it('records a case-study deck for the deck history: the year as its period and the case study it told', () => {
    const book = fixtureBook();
    book.caseStudies.push(
      makeCaseStudy({
        id: 'cs-1',
        accountId: ACCOUNT_ID,
        status: 'approved',
        approvedOn: '2026-08-01',
        situation: 'A quiet phone.',
      }),
    );
    const choices = { commentary: { situation: 'In their words too.' }, omittedSlides: [], includedSlides: [] };
    const spec = buildCaseStudySpec({
      book,
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026'),
      branding: BRANDING,
      now: NOW,
      caseStudyId: 'cs-1',
      ...choices,
    });
    const record = deckRecordFor({
      id: 'deck-cs',
      spec,
      sizeBytes: 90_000,
      fileName: 'Acme Plumbing — Case study 2026.pptx',
      dataHash: deckDataHash(book, ACCOUNT_ID),
      ...choices,
      caseStudyId: 'cs-1',
    });
    expect(validateRow('decks', record)).toEqual({ ok: true, value: record });
    expect(record).toMatchObject({
      kind: 'case_study',
      period: '2026',
      caseStudyId: 'cs-1',
      commentary: choices.commentary,
    });
    expect(previousDeckChoices({ ...book, decks: [record] }, ACCOUNT_ID, 'case_study', '2026').commentary).toEqual(
      choices.commentary,
    );
    // A period that is no period is still refused.
    expect(validateRow('decks', { ...record, period: '2026-13' }).ok).toBe(false);
  });
});
