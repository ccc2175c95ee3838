import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoBook, HVAC_STORY_ACCOUNT_NAME } from '../../../src-core/demo';
import { runReport } from '../../../src-server/cli/report';
import { reportNow } from '../../../src-server/cli/report/build-report';

const OWNER = { id: 'u-1', email: 'sam@agency.test', name: 'Sam', role: 'csm' as const };
let dir = '';
let bookPath = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-report-'));
  bookPath = join(dir, 'book.json');
  writeFileSync(
    bookPath,
    JSON.stringify(generateDemoBook({ seed: 'report-test', accounts: 12, years: 2, asOf: '2026-09-15', owner: OWNER })),
  );
});

describe('npm run report', () => {
  it('prints exactly the JSON shape of DESIGN §8, every account with a band and reasons', () => {
    const r = runReport(['--book', bookPath, '--period', '2026-Q3', '--json'], '2026-11-22T10:00:00.000Z');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['period', 'scorecard', 'obligations', 'accounts']);
    expect(json.period).toBe('2026-Q3');
    // The accounts behind each figure are the Scorecard screen's drill-down; the report keeps DESIGN §8's shape.
    expect(json.scorecard).not.toHaveProperty('accounts');
    expect(json.scorecard.comp).not.toHaveProperty('accounts');
    for (const key of [
      'bookValueCents',
      'startMrrCents',
      'expansionCents',
      'contractionCents',
      'churnCents',
      'grr',
      'nrr',
      'revenueLostCents',
      'revenueLostAllowanceCents',
      'upsellCents',
      'upgradeCents',
      'opportunities',
      'referrals',
      'nps',
      'csat',
      'kpiHitRate',
      'goalCompletion',
      'responseP50Minutes',
      'responseP90Minutes',
      'monthlyContactCoverage',
    ]) {
      expect(json.scorecard).toHaveProperty(key);
    }
    expect(json.scorecard.asOf).toBe('2026-09-15'); // the book was exported on its as-of day
    expect(json.scorecard.revenueLostAllowanceCents).toBe(Math.round(0.03 * json.scorecard.startMrrCents * 3));
    expect(json.scorecard.grr).toBeGreaterThan(0);
    expect(json.scorecard.grr).toBeLessThanOrEqual(1);
    expect(json.accounts.length).toBeGreaterThan(5);
    for (const a of json.accounts) {
      expect(Object.keys(a)).toEqual(['id', 'name', 'score', 'band', 'reasons']);
      expect(['green', 'yellow', 'red']).toContain(a.band);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      expect(a.reasons.length).toBeGreaterThan(0);
    }
    expect(Object.keys(json.obligations)).toEqual([
      'approvedPowerGoalClients',
      'clientsWithoutApprovedGoal',
      'feedbackRequested',
      'feedbackAnswered',
      'referrals',
      'caseStudies',
      'processesDocumented',
      'yearEndBonusQualified',
      'presidentsClub',
    ]);
    expect(Object.keys(json.obligations.caseStudies)).toEqual(['candidate', 'approved', 'published']);
    expect(Object.keys(json.obligations.presidentsClub)).toEqual([
      'retainedAll',
      'roiValidatedAll',
      'leadSourceClosedCents',
      'qualified',
    ]);
    // The demo book records no approvals: every client lacks one, so the bonus is not earned.
    const o = json.obligations;
    expect(o.approvedPowerGoalClients).toBe(0);
    expect(o.clientsWithoutApprovedGoal.length).toBe(json.accounts.length);
    expect(o.yearEndBonusQualified).toBe(false);
    expect(o.presidentsClub.leadSourceClosedCents).toBe(json.scorecard.comp.presidentsClub.leadSourceClosedCents);
    const hvac = json.accounts.find((a: { name: string }) => a.name === HVAC_STORY_ACCOUNT_NAME);
    expect(hvac.band).not.toBe('green');
    expect(hvac.reasons).toContain('Renewal in 90 days with no renewal plan');
  });

  it('says an override as the app does: the band by its name, until when, by whom and why', () => {
    const book = generateDemoBook({ seed: 'report-test', accounts: 12, years: 2, asOf: '2026-09-15', owner: OWNER });
    const account = book.tables.accounts.find((a) => a.name === HVAC_STORY_ACCOUNT_NAME)!;
    const stamp = { rev: 1, deleted: false, updatedAt: '2026-09-10T09:00:00.000Z' };
    book.tables.healthOverrides = [
      ...book.tables.healthOverrides.filter((o) => o.accountId !== account.id),
      {
        id: 'ovr-report',
        accountId: account.id,
        band: 'yellow',
        reason: 'Owner back from leave',
        createdAt: '2026-09-10T09:00:00.000Z',
        expiresAt: '2026-12-31',
        createdBy: 'Sam',
        ...stamp,
      },
    ];
    const path = join(dir, 'override-book.json');
    writeFileSync(path, JSON.stringify(book));
    const r = runReport(['--book', path, '--period', '2026-Q3', '--json'], '2026-11-22T10:00:00.000Z');
    expect(r.code).toBe(0);
    const hvac = JSON.parse(r.out).accounts.find((a: { id: string }) => a.id === account.id);
    expect(hvac.band).toBe('yellow');
    expect(hvac.reasons[0]).toBe('Overridden to Yellow until Dec 31, 2026 by Sam: Owner back from leave');
  });

  it('prints a readable scorecard table and each account’s health', () => {
    const r = runReport(['--book', bookPath, '--period', '2026-09'], '2026-11-22T10:00:00.000Z');
    expect(r.code).toBe(0);
    expect(r.out).toContain('CSM scorecard — September 2026 (as of Sep 15, 2026)');
    expect(r.out).toMatch(/Net revenue retention\s+[\d.]+%\s+110%/);
    expect(r.out).toContain(`${HVAC_STORY_ACCOUNT_NAME} — `);
    expect(r.out).toContain('What would move it: ');
    expect(r.out).toContain('Obligations 2026 (to Sep 15, 2026)');
    expect(r.out).toMatch(/Clients with an approved POWER goal: 0 of \d+ \(missing: /);
  });

  it.each([
    [['--period', '2026-Q3'], 'Missing --book.'],
    [['--book', 'x.json', '--period', '2026-Q5'], '"2026-Q5" is not a period'],
    [['--book', '/nonexistent/book.json', '--period', '2026-Q3'], 'Cannot read /nonexistent/book.json: ENOENT.'],
    [['--book', 'x.json', '--period', '2026-Q3', '--csv'], 'Unknown argument "--csv".'],
    // Year 9999 once printed "as of 0999-11-29": periods outside the years a book can hold are refused.
    [['--book', 'x.json', '--period', '9999-12'], '"9999-12" is outside the years Fieldbook keeps (1900 to 2200).'],
    [['--book', 'x.json', '--period', '1899-Q4'], '"1899-Q4" is outside the years Fieldbook keeps (1900 to 2200).'],
    [['--book', 'x.json', '--period', '0000'], '"0000" is outside the years Fieldbook keeps (1900 to 2200).'],
  ])('refuses %j with a one-line reason and a non-zero exit', (argv, message) => {
    const r = runReport(argv, '2026-11-22T10:00:00.000Z');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err).not.toContain('\n');
  });

  it('refuses a file that is not a valid book', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'fieldbook-book/1',
        exportedAt: '2026-09-15T12:00:00Z',
        owner: OWNER,
        tables: { accounts: [{ id: 'a' }] },
      }),
    );
    const r = runReport(['--book', bad, '--period', '2026-Q3'], '2026-11-22T10:00:00.000Z');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^.*bad\.json is not a valid book: accounts row 1: /);
    const notJson = join(dir, 'notjson.json');
    writeFileSync(notJson, '{ nope');
    expect(runReport(['--book', notJson, '--period', '2026-Q3'], '2026-11-22T10:00:00.000Z').err).toBe(
      `${notJson} is not JSON.`,
    );
  });

  it('judges a period at its end, today, or the book’s export, whichever is earliest', () => {
    expect(reportNow('2026-Q3', '2026-11-22T10:00:00.000Z')).toBe('2026-09-30T23:59:59.999Z');
    // In Chicago the quarter ends at midnight Central (CDT, UTC−5): 05:00Z on 1 October.
    expect(reportNow('2026-Q3', '2026-11-22T10:00:00.000Z', undefined, 'America/Chicago')).toBe(
      '2026-10-01T04:59:59.999Z',
    );
    expect(reportNow('2026-Q4', '2026-11-22T10:00:00.000Z')).toBe('2026-11-22T10:00:00.000Z');
    expect(reportNow('2026-Q3', '2026-11-22T10:00:00.000Z', '2026-09-15T12:00:00.000Z')).toBe(
      '2026-09-15T12:00:00.000Z',
    );
  });

  it('runs as a command: exit code 1 and one line on stderr for a bad period', () => {
    const r = spawnSync(process.execPath, ['out/server/report.js', '--book', bookPath, '--period', 'Q3'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      '"Q3" is not a period: use a quarter like 2026-Q3, a month like 2026-09 or a year like 2026.',
    ]);
  });
});
