import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../../../src-core/model';
import {
  choicesForSlides,
  initialChoices,
  latestDeck,
  parseDraft,
  withCommentary,
  withRenewalOption,
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
    expect(initialChoices(newer, null)).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      includedSlides: [],
    });
    const staleDraft = {
      savedAt: '2026-10-02T00:00:00.000Z',
      commentary: { roi: 'Draft' },
      omittedSlides: [],
      includedSlides: [],
    };
    expect(initialChoices(newer, staleDraft)).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      includedSlides: [],
    });
    const freshDraft = {
      savedAt: '2026-10-04T00:00:00.000Z',
      commentary: { wins: 'New win' },
      omittedSlides: ['feedback'],
      includedSlides: ['plan'],
    };
    expect(initialChoices(newer, freshDraft)).toEqual({
      commentary: { wins: 'New win' },
      omittedSlides: ['feedback'],
      includedSlides: ['plan'],
    });
    expect(initialChoices(null, null)).toEqual({ commentary: {}, omittedSlides: [], includedSlides: [] });
  });

  it('edits commentary and omissions; a blank box removes the commentary', () => {
    let c = withCommentary({ commentary: {}, omittedSlides: [], includedSlides: [] }, 'roi', 'Beat the fee.');
    c = withCommentary(c, 'wins', 'Two wins');
    c = withCommentary(c, 'wins', '   ');
    c = withSlideIncluded(c, 'feedback', false);
    c = withSlideIncluded(c, 'appendix', false);
    c = withSlideIncluded(c, 'feedback', true);
    expect(c).toEqual({ commentary: { roi: 'Beat the fee.' }, omittedSlides: ['appendix'], includedSlides: [] });
  });

  it('puts a slide with nothing to say in by naming it, and takes it out again', () => {
    const none = { commentary: {}, omittedSlides: [], includedSlides: [] };
    const on = withSlideIncluded(none, 'wins', true, true);
    expect(on).toEqual({ commentary: {}, omittedSlides: [], includedSlides: ['wins'] });
    expect(withSlideIncluded(on, 'wins', false, true)).toEqual(none);
  });

  it('sends only choices that apply to this deck’s slides', () => {
    const slides = [
      { key: 'summary', optional: false },
      { key: 'roi', optional: false },
      { key: 'wins', optional: true, nothingToSay: 'No wins were recorded.' },
      { key: 'appendix', optional: true },
    ];
    const choices = {
      commentary: { roi: 'Beat the fee.', 'goals-2': 'Gone page', summary: ' ' },
      omittedSlides: ['appendix', 'roi', 'renewal'],
      // `feedback` has something to say now: an old inclusion of it means nothing.
      includedSlides: ['wins', 'feedback'],
    };
    expect(choicesForSlides(choices, slides)).toEqual({
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      includedSlides: ['wins'],
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
      // A draft kept before inclusions existed reads as none.
      includedSlides: [],
    });
    expect(
      parseDraft({
        savedAt: '2026-10-04T00:00:00.000Z',
        commentary: {},
        omittedSlides: [],
        includedSlides: ['wins', 1],
      }),
    ).toEqual({ savedAt: '2026-10-04T00:00:00.000Z', commentary: {}, omittedSlides: [], includedSlides: ['wins'] });
    expect(parseDraft(undefined)).toBeNull();
    expect(parseDraft({ commentary: {}, omittedSlides: [] })).toBeNull();
  });

  it('picks renewal options from all those offered, keeps at least one, and sends only offered ones', () => {
    const offered = ['renew', 'grow-opp-1', 'grow-opp-2'];
    const none = { commentary: {}, omittedSlides: [], includedSlides: [] };
    const dropped = withRenewalOption(none, offered, 'grow-opp-1', false);
    expect(dropped.renewalOptions).toEqual(['renew', 'grow-opp-2']);
    const back = withRenewalOption(dropped, offered, 'grow-opp-1', true);
    expect(back.renewalOptions).toEqual(offered);
    const one = withRenewalOption(withRenewalOption(dropped, offered, 'grow-opp-2', false), offered, 'renew', false);
    expect(one.renewalOptions).toEqual(['renew']);
    // An opportunity won since the draft is no longer offered: it is not sent.
    expect(choicesForSlides(back, [], ['renew', 'grow-opp-2']).renewalOptions).toEqual(['renew', 'grow-opp-2']);
    expect(initialChoices(record({ renewalOptions: ['renew'] }), null).renewalOptions).toEqual(['renew']);
    expect(parseDraft({ savedAt: 'x', commentary: {}, omittedSlides: [], renewalOptions: ['renew', 3] })).toMatchObject(
      { renewalOptions: ['renew'] },
    );
  });
});
