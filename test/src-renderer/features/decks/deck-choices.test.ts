import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../../../src-core/model';
import {
  choicesForSlides,
  initialChoices,
  latestDeck,
  parseDraft,
  withCommentary,
  withSlideIncluded,
} from '../../../../src-renderer/features/decks/deck-choices';

function record(o: Partial<DeckRecord>): DeckRecord {
  return {
    id: 'd1',
    rev: 1,
    deleted: false,
    updatedAt: '2026-10-02T09:00:00.000Z',
    accountId: 'acct-1',
    kind: 'qbr',
    period: '2026-Q3',
    generatedAt: '2026-10-02T09:00:00.000Z',
    fileName: 'Acme — QBR 2026-Q3.pptx',
    slideCount: 14,
    sizeBytes: 150_000,
    dataHash: 'fnv1a:10:0000abcd',
    commentary: {},
    omittedSlides: [],
    ...o,
  };
}

describe('carried-forward deck choices', () => {
  const older = record({ id: 'old', generatedAt: '2026-10-01T09:00:00.000Z', commentary: { roi: 'Old words' } });
  const newer = record({
    id: 'new',
    generatedAt: '2026-10-03T09:00:00.000Z',
    commentary: { roi: 'Beat the fee.' },
    omittedSlides: ['appendix'],
  });

  it('takes the latest live deck of the same kind and period', () => {
    const other = record({
      id: 'vr',
      kind: 'value_report',
      period: '2026-09',
      generatedAt: '2026-10-09T00:00:00.000Z',
    });
    const deleted = record({ id: 'gone', deleted: true, generatedAt: '2026-10-08T00:00:00.000Z' });
    expect(latestDeck([older, newer, other, deleted], 'qbr', '2026-Q3')?.id).toBe('new');
    expect(latestDeck([older, newer], 'qbr', '2026-Q2')).toBeNull();
  });

  it('prefills from the deck, unless a draft was edited after it', () => {
    expect(initialChoices(newer, null)).toEqual({ commentary: { roi: 'Beat the fee.' }, omittedSlides: ['appendix'] });
    const staleDraft = { savedAt: '2026-10-02T00:00:00.000Z', commentary: { roi: 'Draft' }, omittedSlides: [] };
    expect(initialChoices(newer, staleDraft)).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
    });
    const freshDraft = {
      savedAt: '2026-10-04T00:00:00.000Z',
      commentary: { wins: 'New win' },
      omittedSlides: ['feedback'],
    };
    expect(initialChoices(newer, freshDraft)).toEqual({ commentary: { wins: 'New win' }, omittedSlides: ['feedback'] });
    expect(initialChoices(null, null)).toEqual({ commentary: {}, omittedSlides: [] });
  });

  it('edits commentary and omissions; a blank box removes the commentary', () => {
    let c = withCommentary({ commentary: {}, omittedSlides: [] }, 'roi', 'Beat the fee.');
    c = withCommentary(c, 'wins', 'Two wins');
    c = withCommentary(c, 'wins', '   ');
    c = withSlideIncluded(c, 'feedback', false);
    c = withSlideIncluded(c, 'appendix', false);
    c = withSlideIncluded(c, 'feedback', true);
    expect(c).toEqual({ commentary: { roi: 'Beat the fee.' }, omittedSlides: ['appendix'] });
  });

  it('sends only choices that apply to this deck’s slides', () => {
    const slides = [
      { key: 'summary', optional: false },
      { key: 'roi', optional: false },
      { key: 'appendix', optional: true },
    ];
    const choices = {
      commentary: { roi: 'Beat the fee.', 'goals-2': 'Gone page', summary: ' ' },
      omittedSlides: ['appendix', 'roi', 'renewal'],
    };
    expect(choicesForSlides(choices, slides)).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
    });
  });

  it('reads back only well-formed drafts', () => {
    expect(
      parseDraft({
        savedAt: '2026-10-04T00:00:00.000Z',
        commentary: { roi: 'ok', bad: 3 },
        omittedSlides: ['feedback', 7],
      }),
    ).toEqual({
      savedAt: '2026-10-04T00:00:00.000Z',
      commentary: { roi: 'ok' },
      omittedSlides: ['feedback'],
    });
    expect(parseDraft(undefined)).toBeNull();
    expect(parseDraft({ commentary: {}, omittedSlides: [] })).toBeNull();
  });
});
