import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { buildSpec, outlineRows, outlineSummary } from '../../../../src-renderer/features/decks/deck-outline';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from '../../../src-core/deck/fixture-book';

/** The core's hand-computed account: leads 12 a week in Q3 (156) vs 10 in Q2 (130), target 11 (143). */
const spec = buildSpec('qbr', {
  book: fixtureBook(),
  accountId: ACCOUNT_ID,
  periodKey: '2026-Q3',
  branding: BRANDING,
  settings: DEFAULT_SETTINGS,
  now: NOW,
});

describe('the outline a CSM reviews before generating', () => {
  it('lists every slide with its key numbers, nothing left out yet', () => {
    const rows = outlineRows(spec, { commentary: {}, omittedSlides: [] });
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
      'feedback',
      'appendix',
      'appendix-data-1',
      'appendix-data-2',
    ]);
    expect(outlineSummary(rows)).toBe('15 slides');
  });

  it('leaving out the appendix leaves out its data pages too, and shows the commentary written', () => {
    const rows = outlineRows(spec, {
      commentary: { roi: 'Beat the fee by 13%.' },
      omittedSlides: ['appendix', 'feedback'],
    });
    const out = rows.filter((r) => !r.included).map((r) => [r.key, r.omittedWithParent]);
    expect(out).toEqual([
      ['feedback', false],
      ['appendix', false],
      ['appendix-data-1', true],
      ['appendix-data-2', true],
    ]);
    expect(rows.find((r) => r.key === 'roi')!.commentary).toBe('Beat the fee by 13%.');
    expect(outlineSummary(rows)).toBe('11 slides · 4 left out');
  });

  it('a required slide stays in even if an old omission names it', () => {
    const rows = outlineRows(spec, { commentary: {}, omittedSlides: ['roi'] });
    expect(rows.find((r) => r.key === 'roi')!.included).toBe(true);
  });

  it('a value report outlines the month', () => {
    const report = buildSpec('value_report', {
      book: fixtureBook(),
      accountId: ACCOUNT_ID,
      periodKey: '2026-09',
      branding: BRANDING,
      settings: DEFAULT_SETTINGS,
      now: NOW,
    });
    const rows = outlineRows(report, { commentary: {}, omittedSlides: [] });
    expect(rows[0]!.title).toBe('Acme Plumbing — Value report September 2026');
    expect(rows.map((r) => r.key)).toContain('glance');
  });
});
