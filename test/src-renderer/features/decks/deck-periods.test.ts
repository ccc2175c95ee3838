import { describe, expect, it } from 'vitest';
import { defaultPeriodKey, dueWindow, periodOptions } from '../../../../src-renderer/features/decks/deck-periods';

describe('deck periods', () => {
  it('offers the quarter in progress and the ones before; defaults to the last one that ended', () => {
    expect(periodOptions('qbr', '2026-11-22', 3)).toEqual([
      { key: '2026-Q4', label: 'Q4 2026 (in progress)' },
      { key: '2026-Q3', label: 'Q3 2026' },
      { key: '2026-Q2', label: 'Q2 2026' },
      { key: '2026-Q1', label: 'Q1 2026' },
    ]);
    expect(defaultPeriodKey('qbr', '2026-11-22')).toBe('2026-Q3');
    expect(defaultPeriodKey('qbr', '2026-01-02')).toBe('2025-Q4');
  });

  it('a value report covers a month', () => {
    expect(periodOptions('value_report', '2026-01-15', 2)).toEqual([
      { key: '2026-01', label: 'January 2026 (in progress)' },
      { key: '2025-12', label: 'December 2025' },
      { key: '2025-11', label: 'November 2025' },
    ]);
    expect(defaultPeriodKey('value_report', '2026-11-22')).toBe('2026-10');
  });

  it('looks ahead from today', () => {
    expect(dueWindow('2026-11-22', 30)).toEqual({ from: '2026-11-22', to: '2026-12-22' });
  });
});
