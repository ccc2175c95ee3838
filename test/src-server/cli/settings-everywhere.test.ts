import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountDataOf, accountHealth } from '../../../src-core/health';
import { BOOK_FORMAT, emptyBookTables } from '../../../src-core/model';
import { csmScorecard } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-core/settings';
import { accountStanding } from '../../../src-core/standing';
import { parsePeriod } from '../../../src-core/time';
import { auditRotation, startOfDay } from '../../../src-core/today';
import { prepView } from '../../../src-renderer/features/prep/prep-view';
import { runReport } from '../../../src-server/cli/report';
import { makeAccount, makeActivity, makeContract, makeTicket } from '../../src-core/health/builders';

/**
 * One book, two CSMs' settings: the seeds' defaults in UTC (08:30–17:30), and a CSM in Los
 * Angeles who works 10:00–19:00. Today, Prep, the scorecard and the report must all move together.
 *
 * Now: 05:00Z on Monday 14 September 2026 = 22:00 PDT on Sunday 13 September.
 * A Chicago client's message came in Friday 11 September 17:45Z (10:45 PDT) and was answered at
 * 23:00Z (16:00 PDT). The last call with the client was Friday 20:00Z (13:00 PDT).
 */
const NOW = '2026-09-14T05:00:00.000Z';
const DEFAULTS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const LATE_LA: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'America/Los_Angeles',
  businessHours: { ...DEFAULT_SETTINGS.businessHours, start: '10:00', end: '19:00' },
};

const account = makeAccount({
  id: 'chi',
  name: 'Lakeshore Dental',
  timezone: 'America/Chicago',
  startedAt: '2025-01-06',
});
const contract = makeContract({ accountId: 'chi', startDate: '2025-01-06' });
const ticket = makeTicket({
  accountId: 'chi',
  openedAt: '2026-09-11T17:45:00.000Z',
  firstResponseAt: '2026-09-11T23:00:00.000Z',
  status: 'pending',
});
const call = makeActivity({ accountId: 'chi', kind: 'call', status: 'completed', at: '2026-09-11T20:00:00.000Z' });
const data = accountDataOf(account, { contracts: [contract], tickets: [ticket], activities: [call] });
const dayBook = {
  ...emptyBookTables(),
  accounts: [account],
  contracts: [contract],
  tickets: [ticket],
  activities: [call],
};

describe('a non-default workday and time zone change Today, Prep, the scorecard and the report alike', () => {
  it('Today: the day, the overnight window and the audits', () => {
    // UTC: Monday 14th; overnight since Friday 17:30Z, so the 17:45Z message is overnight; 3 audits due.
    const utc = startOfDay(dayBook, NOW, DEFAULTS);
    expect([utc.date, utc.overnightSince, utc.overnightTickets.length]).toEqual([
      '2026-09-14',
      '2026-09-11T17:30:00.000Z',
      1,
    ]);
    expect(auditRotation(dayBook, utc.date, DEFAULTS).quota).toBe(3);
    // Los Angeles: still Sunday 13th; overnight since Friday 19:00 PDT = Saturday 02:00Z: that message came in the
    // working day; Sunday has no audits.
    const la = startOfDay(dayBook, NOW, LATE_LA);
    expect([la.date, la.overnightSince, la.overnightTickets.length]).toEqual([
      '2026-09-13',
      '2026-09-12T02:00:00.000Z',
      0,
    ]);
    expect(auditRotation(dayBook, la.date, LATE_LA).quota).toBe(0);
  });

  it('Prep: the standing it shows counts days on the CSM’s calendar', () => {
    // Last call Friday: 3 days ago on Monday (UTC), 2 days ago on Sunday (Los Angeles).
    expect(accountStanding(data, NOW, DEFAULTS).daysSinceTwoWay).toBe(3);
    expect(accountStanding(data, NOW, LATE_LA).daysSinceTwoWay).toBe(2);
    const health = accountHealth(data, NOW, LATE_LA);
    const view = prepView(data, NOW, '2026-09-13', LATE_LA, health);
    expect(view.health.inputs.daysSinceTwoWayTouch).toBe(2);
    expect(view.period.key).toBe('2026-Q3');
  });

  it('the scorecard and the report: first response on the CSM’s business hours', () => {
    // UTC 08:30–17:30: opened 17:45Z after close, answered 23:00Z before Monday's open → 0 business minutes.
    // Los Angeles 10:00–19:00: opened 10:45 PDT, answered 16:00 PDT → 315 minutes.
    const sept = parsePeriod('2026-09');
    expect(csmScorecard([data], sept, NOW, DEFAULTS).responseP50Minutes).toBe(0);
    expect(csmScorecard([data], sept, NOW, LATE_LA).responseP50Minutes).toBe(315);

    const dir = mkdtempSync(join(tmpdir(), 'fieldbook-settings-'));
    const book = join(dir, 'book.json');
    const owner = { id: 'u-1', email: 'sam@agency.test', name: 'Sam', role: 'csm' as const };
    writeFileSync(book, JSON.stringify({ format: BOOK_FORMAT, exportedAt: NOW, owner, tables: dayBook }));
    const settingsFile = join(dir, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify(LATE_LA));
    const run = (extra: string[]) =>
      JSON.parse(
        runReport(['--book', book, '--period', '2026-09', '--json', ...extra], '2026-12-01T00:00:00.000Z').out,
      );
    const utcReport = run(['--tz', 'UTC']);
    const laReport = run(['--settings', settingsFile]);
    expect([utcReport.scorecard.responseP50Minutes, utcReport.scorecard.asOf]).toEqual([0, '2026-09-14']);
    expect([laReport.scorecard.responseP50Minutes, laReport.scorecard.asOf]).toEqual([315, '2026-09-13']);
    // Bad settings are refused with a reason, nothing printed.
    writeFileSync(settingsFile, JSON.stringify({ ...LATE_LA, timeZone: 'Mars/Olympus' }));
    const bad = runReport(['--book', book, '--period', '2026-09', '--settings', settingsFile], NOW);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/is not valid settings: timeZone is not a time zone/);
  });
});
