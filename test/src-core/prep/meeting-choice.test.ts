import { describe, expect, it } from 'vitest';
import { defaultMeetingToLog, loggedAtDefault, meetingsToLog } from '../../../src-core/prep';
import { makeActivity } from '../today/fixtures';

/** Monday 2026-11-23, 16:10 in Chicago (UTC−6): a bi-weekly call at 16:00, the QBR on Dec 15. */
const NOW = '2026-11-23T22:10:00.000Z';
const ZONE = 'America/Chicago';

describe('which meeting "Log meeting" records', () => {
  const call = makeActivity({ id: 'call', kind: 'call', subject: 'Bi-weekly sync', at: '2026-11-23T22:00:00.000Z' });
  const qbr = makeActivity({ id: 'qbr', kind: 'qbr', subject: 'Q4 QBR', at: '2026-12-15T16:00:00.000Z' });
  const unlogged = makeActivity({ id: 'old', subject: 'Monthly review', at: '2026-11-10T16:00:00.000Z' });
  const held = makeActivity({ id: 'held', status: 'completed', at: '2026-11-20T16:00:00.000Z' });
  const email = makeActivity({ id: 'email', kind: 'email', at: '2026-11-23T21:00:00.000Z' });
  const later = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d, i) =>
    makeActivity({ id: `later-${i}`, kind: 'call', at: `${d}T16:00:00.000Z` }),
  );

  it('offers past unlogged ones (latest first) and the next three ahead; never held ones or emails', () => {
    const choices = meetingsToLog([qbr, call, unlogged, held, email, ...later], NOW);
    expect(choices.map((m) => m.id)).toEqual(['call', 'old', 'later-0', 'later-1', 'later-2']);
  });

  it('opens on the call that just ended, not on the QBR three weeks away', () => {
    expect(defaultMeetingToLog(meetingsToLog([qbr, call], NOW), NOW)?.id).toBe('call');
  });

  it('opens on "a meeting not on the calendar" when nothing is within 12 hours', () => {
    // The QBR is 22 days ahead and the review 13 days behind: logging now records neither silently.
    expect(defaultMeetingToLog(meetingsToLog([qbr, unlogged], NOW), NOW)).toBeNull();
  });

  it('keeps a past meeting at its scheduled time and logs an early or new one at now, in the CSM zone', () => {
    // 22:00Z is 16:00 in Chicago (CST, UTC−6); now is 16:10.
    expect(loggedAtDefault(call, NOW, ZONE)).toEqual({ day: '2026-11-23', time: '16:00' });
    expect(loggedAtDefault(qbr, NOW, ZONE)).toEqual({ day: '2026-11-23', time: '16:10' });
    expect(loggedAtDefault(null, NOW, ZONE)).toEqual({ day: '2026-11-23', time: '16:10' });
  });
});
