import { describe, expect, it } from 'vitest';
import {
  formatBirthday,
  formatDate,
  formatDateTime,
  formatMoney,
  labelOf,
  relativeDays,
} from '../../../src-renderer/features/shared/format';

describe('money (the core’s one formatter, as the decks print it)', () => {
  it('shows integer cents as dollars with thousands separators, cents only when there are some', () => {
    expect(formatMoney(760_000)).toBe('$7,600');
    expect(formatMoney(16_660_000)).toBe('$166,600');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(123_456)).toBe('$1,234.56');
    expect(formatMoney(4_850)).toBe('$48.50');
  });

  it('is the very function the decks use', async () => {
    const core = await import('../../../src-core/metrics/format');
    expect(formatMoney).toBe(core.formatMoney);
  });
});

describe('dates', () => {
  it('formats calendar days without shifting them by time zone', () => {
    expect(formatDate('2026-03-04')).toBe('Mar 4, 2026');
    expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('shows a birthday as month and day only', () => {
    expect(formatBirthday('04-23')).toBe('April 23');
    expect(formatBirthday('02-29')).toBe('February 29');
  });

  it('counts days to and from today in words', () => {
    expect(relativeDays('2026-11-22', '2026-11-22')).toBe('today');
    expect(relativeDays('2026-11-22', '2026-11-23')).toBe('tomorrow');
    expect(relativeDays('2026-11-22', '2026-11-21')).toBe('yesterday');
    expect(relativeDays('2026-11-22', '2027-02-20')).toBe('in 90 days');
    expect(relativeDays('2026-11-22', '2026-11-12T10:00:00Z')).toBe('10 days ago');
  });

  it('shows an instant on the CSM’s clock with the zone named', () => {
    expect(formatDateTime('2026-11-02T16:00:00.000Z', 'America/Chicago')).toBe('Nov 2, 2026, 10:00 AM CST');
    expect(formatDateTime('2026-10-30T15:00:00.000Z', 'America/Chicago')).toBe('Oct 30, 2026, 10:00 AM CDT');
  });
});

describe('labels', () => {
  it("turns vocabulary values into the users' words", () => {
    expect(labelOf('at_risk')).toBe('At risk');
    expect(labelOf('seo')).toBe('SEO');
    expect(labelOf('qbr')).toBe('QBR');
    expect(labelOf('no_show')).toBe('No-show');
    expect(labelOf('decision_maker')).toBe('Decision maker');
    expect(labelOf('contacts')).toBe('Contacts');
  });
});
