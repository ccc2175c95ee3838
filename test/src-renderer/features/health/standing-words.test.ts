import { describe, expect, it } from 'vitest';
import type { AccountStanding } from '../../../../src-core/standing';
import { standingWords } from '../../../../src-renderer/features/health/standing-words';

/** One account's standing on Dec 5, 2026, its next QBR due on `dueDate` (none when null). */
function standing(dueDate: string | null): AccountStanding {
  return {
    accountId: 'acc-1',
    today: '2026-12-05',
    health: { score: 62, band: 'yellow', computedBand: 'yellow' },
    lastTwoWayAt: '2026-11-20T15:00:00.000Z',
    daysSinceTwoWay: 15,
    meetings: { kept: 3, skipped: 1, held: 4, since: '2026-09-07' },
    lookbackDays: 90,
    qbr: dueDate === null ? null : { lastDone: '2026-06-01', dueDate, everyDays: 90 },
  };
}

describe('the QBR due words every screen prints', () => {
  it('marks a QBR whose day has passed as overdue, and one due today or later as not', () => {
    expect(standingWords(standing('2026-09-20')).qbr).toEqual({
      text: 'Sep 20, 2026 (76 days ago)',
      value: '2026-09-20',
      overdue: true,
    });
    expect(standingWords(standing('2026-12-04')).qbr.overdue).toBe(true);
    expect(standingWords(standing('2026-12-05')).qbr).toEqual({
      text: 'Dec 5, 2026 (today)',
      value: '2026-12-05',
      overdue: false,
    });
    expect(standingWords(standing(null)).qbr.overdue).toBe(false);
  });
});
