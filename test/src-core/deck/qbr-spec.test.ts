import { describe, expect, it } from 'vitest';
import {
  buildQbrSpec,
  DeckInputError,
  type ChartSlide,
  type DeckSpec,
  type SlideSpec,
  type TableSlide,
  type BulletsSlide,
} from '../../../src-core/deck';
import type { BookTables } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { ACCOUNT_ID, BRANDING, NOW, bookMissingWeeks, fixtureBook } from './fixture-book';

function qbr(
  o: {
    omittedSlides?: string[];
    includedSlides?: string[];
    commentary?: Record<string, string>;
    book?: BookTables;
  } = {},
): DeckSpec {
  return buildQbrSpec({
    book: fixtureBook(),
    accountId: ACCOUNT_ID,
    period: parsePeriod('2026-Q3'),
    branding: BRANDING,
    now: NOW,
    ...o,
  });
}

function slide<K extends SlideSpec['kind']>(spec: DeckSpec, key: string, kind: K): Extract<SlideSpec, { kind: K }> {
  const found = spec.slides.find((s) => s.key === key);
  expect(found, `slide ${key}`).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as Extract<SlideSpec, { kind: K }>;
}

describe('QBR spec for a hand-computed account', () => {
  it('follows DESIGN §6 slide by slide', () => {
    expect(qbr().slides.map((s) => s.key)).toEqual([
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
  });

  it('shows leads this quarter against target and last quarter', () => {
    const kpi = slide(qbr(), 'kpi-leads', 'chart') as ChartSlide;
    expect(kpi.title).toBe('Leads: Q3 2026 vs Q2 2026');
    expect(kpi.table!.rows).toEqual([
      ['Q3 2026', '156'],
      ['Q2 2026', '130'],
      ['Change', '+20%'],
      ['Target', '143'],
      ['Of target', '109%'],
    ]);
    expect(kpi.chart.categories).toHaveLength(13);
    expect(kpi.chart.series.map((s) => s.name)).toEqual(['Q3 2026', 'Q2 2026', 'Target Q3 2026']);
    expect(kpi.chart.series.map((s) => [...new Set(s.values)])).toEqual([[12], [10], [11]]);
    expect(kpi.notes).toContain('Q3 2026 (Jul 1, 2026 to Sep 30, 2026)');
    expect(kpi.notes).toContain('Q2 2026 (Apr 1, 2026 to Jun 30, 2026)');
  });

  it('keeps last quarter’s line when one week is missing: the week is a gap, nothing else moves', () => {
    // Q2's sixth week (11 May) has no result.
    const spec = qbr({ book: bookMissingWeeks((d) => d === '2026-05-11') });
    const kpi = spec.slides.find((s) => s.key === 'kpi-leads') as ChartSlide;
    expect(kpi.chart.categories).toHaveLength(13);
    expect(kpi.chart.series.map((s) => s.name)).toEqual(['Q3 2026', 'Q2 2026', 'Target Q3 2026']);
    expect(kpi.chart.series[1]!.values).toEqual([10, 10, 10, 10, 10, null, 10, 10, 10, 10, 10, 10, 10]);
    expect(kpi.notes).toContain('Q2 2026 has no data for 1 week: gaps in the line');
    // Q2's total is the 12 weeks with results: 12 × 10 = 120.
    expect(kpi.table!.rows[1]).toEqual(['Q2 2026', '120']);
  });

  it('draws last quarter’s 5 weeks of data where it has them, gaps elsewhere', () => {
    // Only the last 5 weeks of Q2 have data (Jun 1 – Jun 29).
    const spec = qbr({ book: bookMissingWeeks((d) => d >= '2026-04-01' && d < '2026-06-01') });
    const kpi = spec.slides.find((s) => s.key === 'kpi-leads') as ChartSlide;
    expect(kpi.chart.categories).toHaveLength(13);
    expect(kpi.chart.series.map((s) => s.name)).toEqual(['Q3 2026', 'Q2 2026', 'Target Q3 2026']);
    expect(kpi.chart.series[1]!.values).toEqual([null, null, null, null, null, null, null, null, 10, 10, 10, 10, 10]);
    expect(kpi.notes).toContain('Q2 2026 has no data for 8 weeks');
    expect(kpi.table!.rows[1]).toEqual(['Q2 2026', '50']);
  });

  it('puts the key numbers on the executive summary', () => {
    const summary = slide(qbr(), 'summary', 'bullets') as BulletsSlide;
    expect(summary.stats).toEqual([
      { label: 'Leads', value: '156', detail: 'Target 143 (109%) · +20% vs Q2 2026', tone: 'good' },
      { label: 'Goals on track', value: '1 of 2', detail: 'Achieved or ahead of schedule', tone: 'bad' },
      { label: 'ROI (agreement year)', value: '133%', detail: 'Value of goals achieved ÷ investment', tone: 'good' },
    ]);
    // Health is for the presenter only: in the notes, never on the slide.
    expect(summary.notes).toMatch(/For you, not the client — health as of Oct 5, 2026: (Green|Yellow|Red), score \d+/);
    expect(JSON.stringify([summary.title, summary.stats, summary.bullets])).not.toMatch(/health/i);
  });

  it('shows each POWER goal from baseline to target to actual', () => {
    const goals = slide(qbr(), 'goals', 'table') as TableSlide;
    expect(goals.table.rows).toEqual([
      ['Double leads (Leads, all channels)', '10', '20', '12', '20%', 'Dec 28, 2026', 'Behind'],
      ['More leads (Leads, all channels)', '8', '12', '12', '100%', 'Dec 31, 2026', 'Achieved'],
    ]);
    expect(goals.notes).toContain('measured on Sep 30, 2026');
  });

  it('weighs the goals achieved in the agreement year against what the agreement cost in it so far', () => {
    const roi = slide(qbr(), 'roi', 'chart') as ChartSlide;
    // Client since Jan 6, 2025: the agreement year runs from Jan 6, 2026; measured on Sep 30, 2026.
    // "More leads" (8 → 12) reached 12 the week of 27 July (last 4 weeks 12, 12, 12, 12) → achieved 2 August:
    // $30,000. "Double leads" is behind: no partial credit. No invoices, so the contract: $2,500 × 9 months
    // begun (Jan 6 … Sep 6) = $22,500. ROI = 30,000 ÷ 22,500 = 133%.
    expect(roi.table!.rows).toEqual([
      ['More leads (achieved Aug 2, 2026)', '$30,000'],
      ['Value delivered', '$30,000'],
      ['Investment', '$22,500'],
      ['ROI', '133%'],
    ]);
    expect(roi.chart.series).toEqual([{ name: 'Jan 6, 2026 to Sep 30, 2026', values: [30_000, 22_500] }]);
    expect(roi.notes).toContain('contract');
    expect(roi.optional).toBe(false);
  });

  it('says there is no basis for ROI, never "ROI 0%", when no goal states a value, and leaves the slide out', () => {
    const book = fixtureBook();
    book.goals = book.goals.map((g) => ({ ...g, valueCents: 0 }));
    const spec = qbr({ book });
    // Nothing to say: left out by default and listed with why (the outline and `npm run deck` show it).
    expect(spec.slides.map((s) => s.key)).not.toContain('roi');
    expect(spec.leftOut.find((l) => l.slide.key === 'roi')).toMatchObject({
      by: 'empty',
      reason: 'No POWER goal in the agreement year from Jan 6, 2026 states its value, so ROI has no basis yet.',
    });
    const summary = slide(spec, 'summary', 'bullets') as BulletsSlide;
    expect(summary.stats.find((c) => c.label.startsWith('ROI'))?.value).toBe('No basis yet');
    expect(JSON.stringify(spec.slides)).not.toMatch(/ROI[^"]*\b0%/);
    // Included anyway by the CSM, it still says there is no basis rather than a percentage.
    const roi = slide(qbr({ book, includedSlides: ['roi'] }), 'roi', 'chart') as ChartSlide;
    expect(roi.chart.emptyNote).toMatch(/No basis for ROI yet/);
    expect(roi.table!.rows).toEqual([
      ['Investment', '$22,500'],
      ['ROI', 'No basis yet'],
    ]);
  });

  it('leaves the goals slide out, saying why, when no POWER goal was live in the quarter', () => {
    const book = fixtureBook();
    book.goals = [];
    const spec = qbr({ book });
    expect(spec.slides.map((s) => s.key)).not.toContain('goals');
    expect(spec.leftOut.find((l) => l.slide.key === 'goals')).toMatchObject({
      by: 'empty',
      reason: 'No POWER goals were live during Q3 2026.',
    });
    // The CSM may still include it: an empty table that says so.
    const goals = slide(qbr({ book, includedSlides: ['goals'] }), 'goals', 'table') as TableSlide;
    expect(goals.table.rows).toEqual([]);
  });

  it('adds the renewal proposal (71 days away), the expansion proposal and feedback scores', () => {
    const spec = qbr();
    const renewal = slide(spec, 'renewal', 'bullets') as BulletsSlide;
    // What the agreement delivered is the one ROI figure the ROI slide and the summary show
    // (agreement year from Jan 6, 2026: $30,000 of goals achieved ÷ $22,500 invested = 133%).
    expect(renewal.stats).toEqual([
      { label: 'Renews on', value: 'Dec 15, 2026', detail: '71 days from Oct 5, 2026', tone: 'neutral' },
      { label: 'ROI (agreement year)', value: '133%', detail: 'Value of goals achieved ÷ investment', tone: 'good' },
      // 30 days before renewal.
      { label: 'Decision by', value: 'Nov 15, 2026', detail: 'So the new term starts on time', tone: 'neutral' },
    ]);
    expect(renewal.bullets).toContain(
      'This agreement year so far: $30,000 of value delivered for $22,500 invested (133% ROI).',
    );
    expect(renewal.bullets).toContain('Today: $2,500 a month on a 24-month term, for SEO, PPC.');
    // Renew as today, or renew with the expansion the exceeding-targets trigger suggests.
    expect(spec.renewalOptions).toEqual([
      { key: 'renew', label: 'Renew as today', picked: true },
      { key: 'grow-opp-1', label: 'Renew and add “Add a second service area”', picked: true },
    ]);
    const options = slide(spec, 'renewal-options', 'columns');
    expect(options.columns).toEqual([
      { heading: 'Renew as today', bullets: ['$2,500 a month for 24 months', 'Keeps SEO, PPC as they run today'] },
      {
        heading: 'Renew and grow',
        bullets: [
          'Plus: Add a second service area',
          '$4,000 a month ($2,500 + $1,500)',
          'Expected impact: +30 leads a month',
          'Start with a pilot: 60-day pilot in one ZIP code',
        ],
      },
    ]);
    const renewOnly = buildQbrSpec({
      book: fixtureBook(),
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
      renewalOptions: ['renew'],
    });
    expect(slide(renewOnly, 'renewal-options', 'columns').columns.map((c) => c.heading)).toEqual(['Renew as today']);
    const expansion = slide(spec, 'expansion', 'bullets') as BulletsSlide;
    expect(expansion.title).toBe('Proposal: Add a second service area');
    expect(expansion.bullets).toEqual([
      'The challenge: Calls exceed what one crew can serve',
      'The solution: Add a second service area',
      'Expected impact: +30 leads a month',
      'Pilot: 60-day pilot in one ZIP code',
    ]);
    // The agency's words (trigger, pipeline stage, "upsell") stay in the notes.
    expect(expansion.stats).toEqual([
      { label: 'Added each month', value: '$1,500', detail: 'Proposed', tone: 'neutral' },
      { label: 'Added over a year', value: '$18,000', detail: '12 months at the monthly amount', tone: 'neutral' },
    ]);
    expect(expansion.notes).toContain('trigger exceeding_targets');
    const feedback = slide(spec, 'feedback', 'bullets') as BulletsSlide;
    // NPS answers 9 and 6: 1 promoter − 1 detractor of 2 = 0. CSAT: one answer of 4.
    expect(feedback.stats).toEqual([
      { label: 'NPS from 2 answers', value: '0', detail: 'Answers: 9, 6 · target 50', tone: 'neutral' },
      { label: 'CSAT from 1 answer', value: '4/5', detail: 'Answers: 4 · target 4.5', tone: 'neutral' },
    ]);
    expect(feedback.bullets).toEqual([
      'NPS 0 · 2 answers (9, 6); CSAT 4 · 1 answer (4): too few answers to read as a trend.',
      'Aug 10, 2026: “Great quarter”',
    ]);
  });

  it('lists delivered work as wins and open work in the next-quarter plan', () => {
    const spec = qbr();
    expect((slide(spec, 'wins', 'bullets') as BulletsSlide).bullets).toContain(
      'Delivered: Launch new landing page (Aug 20, 2026)',
    );
    expect((slide(spec, 'wins', 'bullets') as BulletsSlide).bullets.join('\n')).not.toContain('birthday');
    const plan = slide(spec, 'plan', 'table') as TableSlide;
    // "Prepare the QBR deck" is the CSM's own to-do: in the notes, not in the client's plan.
    expect(plan.table.rows).toEqual([
      ['Set up call tracking', 'Sam Lee', 'Oct 20, 2026'],
      ['Double leads: reach 20', 'Sam Lee with the client', 'Dec 28, 2026'],
      ['More leads: reach 12', 'Sam Lee with the client', 'Dec 31, 2026'],
    ]);
    expect(plan.notes).toContain('For you, not the client');
    expect(plan.notes).toContain('Prepare the QBR deck (due Oct 12, 2026)');
  });

  it('leaves out optional slides the CSM omitted, never required ones, and keeps their commentary', () => {
    const spec = qbr({
      omittedSlides: ['appendix', 'expansion', 'summary'],
      commentary: { roi: 'Value beat the fee again.', goals: '  ' },
    });
    const keys = spec.slides.map((s) => s.key);
    expect(keys).not.toContain('appendix');
    expect(keys.filter((k) => k.startsWith('appendix'))).toEqual([]);
    expect(keys).not.toContain('expansion');
    expect(keys).toContain('summary');
    expect(spec.slides.find((s) => s.key === 'roi')!.commentary).toBe('Value beat the fee again.');
    expect(spec.slides.find((s) => s.key === 'goals')!.commentary).toBeNull();
  });

  it('has speaker notes on every slide', () => {
    for (const s of qbr().slides) expect(s.notes.length, s.key).toBeGreaterThan(20);
  });

  it('refuses a month or an unknown account with a clear error', () => {
    const base = { book: fixtureBook(), branding: BRANDING, now: NOW };
    expect(() => buildQbrSpec({ ...base, accountId: ACCOUNT_ID, period: parsePeriod('2026-09') })).toThrow(
      DeckInputError,
    );
    expect(() => buildQbrSpec({ ...base, accountId: 'nope', period: parsePeriod('2026-Q3') })).toThrow(
      'Account "nope" is not in the book.',
    );
  });
});
