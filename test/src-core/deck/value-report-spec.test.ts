import { describe, expect, it } from 'vitest';
import {
  buildValueReportSpec,
  type BulletsSlide,
  type ChartSlide,
  type DeckSpec,
  type TableSlide,
} from '../../../src-core/deck';
import { parsePeriod } from '../../../src-core/time';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

function report(month = '2026-09'): DeckSpec {
  return buildValueReportSpec({
    book: fixtureBook(),
    accountId: ACCOUNT_ID,
    period: parsePeriod(month),
    branding: BRANDING,
    now: NOW,
  });
}

describe('monthly value report spec', () => {
  it('has the five parts of DESIGN §6 after the cover', () => {
    expect(report().slides.map((s) => s.key)).toEqual([
      'title',
      'glance',
      'month-leads',
      'insight',
      'wins',
      'goals',
      'next-month',
    ]);
    expect(report().slides[0]!.title).toBe('Acme Plumbing — Value report September 2026');
  });

  it('shows the month against target and last month', () => {
    // September 2026 has 4 Mondays (7, 14, 21, 28): 48 leads against 44; August has 5: 60 → −20%.
    const glance = report().slides.find((s) => s.key === 'glance') as BulletsSlide;
    expect(glance.stats).toEqual([
      { label: 'Leads', value: '48', detail: 'Target 44 (109%) · −20% vs August 2026', tone: 'good' },
    ]);
    expect(glance.bullets).toEqual(['Leads: 48, target 44 (109%), −20% vs August 2026']);
  });

  it('charts each key KPI month by month against target, natively, with this month against last beside it', () => {
    // Leads are 10 a week from April to June (target 10) and 12 a week from July (target 11), counted in
    // the month of each week's Monday: Apr 4 weeks, May 4, Jun 5, Jul 4, Aug 5, Sep 4 (2026).
    const slide = report().slides.find((s) => s.key === 'month-leads') as ChartSlide;
    expect(slide.kind).toBe('chart');
    expect(slide.chart).toEqual({
      type: 'bar',
      categories: ['Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026'],
      series: [
        { name: 'Leads', values: [40, 40, 50, 48, 60, 48] },
        { name: 'Target', values: [40, 40, 50, 44, 55, 44] },
      ],
      format: 'count',
      emptyNote: null,
      gaps: [],
    });
    expect(slide.table?.rows).toEqual([
      ['September 2026', '48'],
      ['August 2026', '60'],
      ['Change', '−20%'],
      ['Target', '44'],
      ['Of target', '109%'],
    ]);
    expect(slide.notes).toContain('Apr 1, 2026 to Sep 30, 2026');
  });

  it('tracks goal progress and plans next month', () => {
    const spec = report();
    expect(
      (spec.slides.find((s) => s.key === 'goals') as TableSlide).table.rows.map((r) => [r[0], r[4], r[6]]),
    ).toEqual([
      ['Double leads (Leads, all channels)', '20%', 'Behind'],
      ['More leads (Leads, all channels)', '100%', 'Achieved'],
    ]);
    // Next month is October: the open task due Oct 20, 2026; goals due after it still run.
    expect((spec.slides.find((s) => s.key === 'next-month') as TableSlide).table.rows[0]).toEqual([
      'Set up call tracking',
      'Sam Lee',
      'Oct 20, 2026',
    ]);
  });

  it('prefers the insight the CSM sent that month over the drafted one', () => {
    const book = fixtureBook();
    book.activities.push({
      id: 'act-1',
      rev: 1,
      deleted: false,
      updatedAt: NOW,
      accountId: ACCOUNT_ID,
      kind: 'monthly_insight',
      status: 'completed',
      direction: 'outbound',
      at: '2026-09-30T15:00:00.000Z',
      durationMinutes: 0,
      subject: 'September update',
      outcome: '',
      attendeeIds: [],
      insight: { working: '- Calls up\n- Reviews up', needsWork: 'Paid CPL', workingOn: 'New ads' },
    });
    const spec = buildValueReportSpec({
      book,
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-09'),
      branding: BRANDING,
      now: NOW,
    });
    const insight = spec.slides.find((s) => s.key === 'insight');
    expect(insight?.kind === 'columns' && insight.columns.map((c) => c.bullets)).toEqual([
      ['Calls up', 'Reviews up'],
      ['Paid CPL'],
      ['New ads'],
    ]);
    expect(insight?.notes).toContain('sent on Sep 30, 2026');
  });

  it('refuses a quarter', () => {
    expect(() => report('2026-Q3')).toThrow('A value report covers a month');
  });
});
