import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { buildQbrSpec } from '../../../../src-core/deck';
import type { BookTables } from '../../../../src-core/model';
import { parsePeriod } from '../../../../src-core/time';
import { choicesForSlides, withSlideIncluded } from '../../../../src-renderer/features/decks/deck-choices';
import {
  buildSpec,
  outlineRows,
  outlineSlides,
  outlineSummary,
} from '../../../../src-renderer/features/decks/deck-outline';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from '../../../src-core/deck/fixture-book';
import { redAccountBook } from '../../../src-core/deck/red-account-book';

const outlineSpec = (kind: 'qbr' | 'value_report', book: BookTables, periodKey: string) =>
  buildSpec(kind, { book, accountId: ACCOUNT_ID, periodKey, branding: BRANDING, settings: DEFAULT_SETTINGS, now: NOW });

/** The core's hand-computed account: leads 12 a week in Q3 (156) vs 10 in Q2 (130), target 11 (143). */
const spec = outlineSpec('qbr', fixtureBook(), '2026-Q3');

describe('the outline a CSM reviews before generating', () => {
  it('lists every slide with its key numbers, nothing left out yet', () => {
    const rows = outlineRows(spec, { commentary: {}, omittedSlides: [], includedSlides: [] });
    expect(rows.map((r) => r.key)).toEqual([
      'title',
      'summary',
      'goals',
      'kpi-leads',
      'insight',
      'wins',
      'roi',
      'improvements',
      'plan',
      'expansion',
      'renewal',
      'renewal-options',
      'feedback',
      'appendix',
      'appendix-data-1',
      'appendix-data-2',
    ]);
    expect(rows.every((r) => r.included)).toBe(true);
    expect(rows.find((r) => r.key === 'kpi-leads')!.keyNumbers).toEqual([
      'Q3 2026: 156',
      'Q2 2026: 130',
      'Change: +20%',
      'Target: 143',
    ]);
    expect(rows.find((r) => r.key === 'summary')!.keyNumbers).toEqual([
      'Leads: 156',
      'Goals on track: 1 of 2',
      'ROI (agreement year): 133%',
    ]);
    expect(rows.filter((r) => r.optional).map((r) => r.key)).toEqual([
      'wins',
      'improvements',
      'expansion',
      'renewal',
      'renewal-options',
      'feedback',
      'appendix',
      'appendix-data-1',
      'appendix-data-2',
    ]);
    expect(outlineSummary(rows)).toBe('16 slides');
  });

  it('leaving out the appendix leaves out its data pages too, and shows the commentary written', () => {
    const rows = outlineRows(spec, {
      commentary: { roi: 'Beat the fee by 13%.' },
      omittedSlides: ['appendix', 'feedback'],
      includedSlides: [],
    });
    const out = rows.filter((r) => !r.included).map((r) => [r.key, r.omittedWithParent]);
    expect(out).toEqual([
      ['feedback', false],
      ['appendix', false],
      ['appendix-data-1', true],
      ['appendix-data-2', true],
    ]);
    expect(rows.find((r) => r.key === 'roi')!.commentary).toBe('Beat the fee by 13%.');
    expect(outlineSummary(rows)).toBe('12 slides · 4 left out');
  });

  it('a required slide stays in even if an old omission names it', () => {
    const rows = outlineRows(spec, { commentary: {}, omittedSlides: ['roi'], includedSlides: [] });
    expect(rows.find((r) => r.key === 'roi')!.included).toBe(true);
  });

  it('a value report outlines the month', () => {
    const report = outlineSpec('value_report', fixtureBook(), '2026-09');
    const rows = outlineRows(report, { commentary: {}, omittedSlides: [], includedSlides: [] });
    expect(rows[0]!.title).toBe('Acme Plumbing — Value report September 2026');
    expect(rows.map((r) => r.key)).toContain('glance');
  });
});

describe('slides with nothing to say in the outline', () => {
  const red = outlineSpec('qbr', redAccountBook(), '2026-Q3');
  const none = { commentary: {}, omittedSlides: [], includedSlides: [] };

  it('lists them in place, left out, with the reason', () => {
    const rows = outlineRows(red, none);
    const wins = rows.find((r) => r.key === 'wins')!;
    // Between the insight and the ROI slide, where it would have been.
    expect(rows.map((r) => r.key).slice(4, 7)).toEqual(['insight', 'wins', 'roi']);
    expect(wins).toMatchObject({
      included: false,
      optional: true,
      leftOutReason:
        'No wins were recorded for Q3 2026: no KPI on target or improving, no POWER goal reached, no deliverable for the client completed.',
    });
    expect(outlineSummary(rows)).toMatch(/ · 1 left out$/);
  });

  it('puts one back when the CSM includes it, and the deck then has it', () => {
    const choices = withSlideIncluded(none, 'wins', true, true);
    const rows = outlineRows(red, choices);
    expect(rows.find((r) => r.key === 'wins')).toMatchObject({ included: true, leftOutReason: null });
    const sent = choicesForSlides(choices, outlineSlides(red));
    expect(sent.includedSlides).toEqual(['wins']);
    const deck = buildQbrSpec({
      book: redAccountBook(),
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
      ...sent,
    });
    expect(deck.slides.map((s) => s.key)).toContain('wins');
    expect(deck.leftOut).toEqual([]);
  });

  it('tells a slide the CSM left out from one with nothing to say', () => {
    const rows = outlineRows(red, { ...none, omittedSlides: ['feedback'] });
    expect(rows.filter((r) => !r.included).map((r) => [r.key, r.leftOutReason])).toEqual([
      ['wins', expect.stringMatching(/^No wins were recorded/)],
      ['feedback', 'Left out by you.'],
    ]);
  });
});
