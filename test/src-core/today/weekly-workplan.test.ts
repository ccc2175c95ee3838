import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, weeklyWorkplan, workplanCsv, workplanText } from '../../../src-core/today';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { makeAccount, makeActivity, makeContract, makeDayBook, makeOnboardingStep, makeTask } from './fixtures';

const dayBook = makeDayBook({
  accounts: [
    makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
    makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
  ],
  activities: [
    makeActivity({ id: 'audit', accountId: 'a-1', kind: 'audit', status: 'completed', at: '2026-09-02T15:00:00.000Z' }),
    makeActivity({
      id: 'qbr-held',
      accountId: 'a-1',
      kind: 'qbr',
      status: 'completed',
      at: '2026-06-12T15:00:00.000Z',
    }),
    makeActivity({ id: 'review', accountId: 'a-1', at: '2026-09-10T15:00:00.000Z', subject: 'Monthly review' }),
    makeActivity({ id: 'qbr', accountId: 'a-2', kind: 'qbr', at: '2026-09-09T14:00:00.000Z', subject: 'Q3 QBR' }),
    makeActivity({ id: 'next-week', accountId: 'a-2', at: '2026-09-14T14:00:00.000Z' }),
  ],
  contracts: [
    makeContract({ id: 'c-1', accountId: 'a-1', renewalDate: '2026-09-11' }),
    makeContract({ id: 'c-2', accountId: 'a-2', renewalDate: '2026-12-08' }),
  ],
  onboardingSteps: [
    makeOnboardingStep({ id: 'ob-1', accountId: 'a-2', dueDate: '2026-09-08', title: 'Kickoff call' }),
    makeOnboardingStep({
      id: 'ob-2',
      accountId: 'a-2',
      dueDate: '2026-09-08',
      title: 'Welcome package',
      completedAt: '2026-09-01T10:00:00.000Z',
    }),
  ],
});

const book = { ...dayBook, tasks: [] };

describe('weeklyWorkplan', () => {
  const plan = weeklyWorkplan(book, '2026-09-07', DEFAULT_SETTINGS);

  it('lists the week’s meetings, QBRs due, renewals, audits and onboarding steps by day', () => {
    expect(plan.items.map((i) => [i.date, i.time, i.kind, i.accountName, i.detail])).toEqual([
      ['2026-09-07', '', 'audit', 'Cool Air HVAC', 'Monthly audit, then the audit email'],
      ['2026-09-08', '', 'onboarding', 'Cool Air HVAC', 'Kickoff call'],
      ['2026-09-09', '14:00', 'qbr', 'Cool Air HVAC', 'Q3 QBR'],
      ['2026-09-09', '', 'renewal_planning', 'Cool Air HVAC', 'Renews Dec 8, 2026'],
      ['2026-09-10', '15:00', 'meeting', 'Bright Smiles Dental', 'Monthly review'],
      ['2026-09-10', '', 'qbr_due', 'Bright Smiles Dental', 'QBR due (every 90 days)'],
      ['2026-09-11', '', 'renewal', 'Bright Smiles Dental', 'Contract renews Sep 11, 2026'],
    ]);
  });

  it('lists the open tasks of the week from the task inbox: overdue ones on Monday, done and other weeks’ left out', () => {
    const tasks = [
      makeTask({ id: 't-late', accountId: 'a-1', title: 'Send the recap', dueDate: '2026-09-03', source: 'meeting' }),
      makeTask({ id: 't-wed', accountId: 'a-2', title: 'Call the CEO', dueDate: '2026-09-09', source: 'playbook' }),
      makeTask({ id: 't-done', accountId: 'a-2', dueDate: '2026-09-09', status: 'done', completedAt: '2026-09-08' }),
      makeTask({ id: 't-next', accountId: 'a-2', dueDate: '2026-09-14' }),
    ];
    const items = weeklyWorkplan({ ...book, tasks }, '2026-09-07', DEFAULT_SETTINGS).items.filter(
      (i) => i.kind === 'task',
    );
    expect(items.map((i) => [i.date, i.accountName, i.detail])).toEqual([
      ['2026-09-07', 'Bright Smiles Dental', 'Send the recap (Meeting, overdue since Sep 3, 2026)'],
      ['2026-09-09', 'Cool Air HVAC', 'Call the CEO (Playbook)'],
    ]);
    expect(workplanText(weeklyWorkplan({ ...book, tasks }, '2026-09-07', DEFAULT_SETTINGS), 'Sam')).toContain(
      '  - Task: Cool Air HVAC (Call the CEO (Playbook))',
    );
  });

  it('follows the CSM’s cadence settings: a 60-day QBR rhythm makes it overdue, 30-day renewal planning moves out of the week', () => {
    const tiers = Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS.cadence)
        .filter(([, v]) => typeof v === 'object')
        .map(([tier, v]) => [tier, { ...(v as object), qbrEveryDays: 60 }]),
    );
    const cadence = {
      ...DEFAULT_SETTINGS.cadence,
      ...tiers,
      renewalPlanningDays: 30,
    } as typeof DEFAULT_SETTINGS.cadence;
    const items = weeklyWorkplan(book, '2026-09-07', { ...DEFAULT_SETTINGS, cadence }).items.map((i) => [
      i.date,
      i.kind,
      i.accountName,
      i.detail,
    ]);
    expect(items).toContainEqual(['2026-09-07', 'qbr_due', 'Bright Smiles Dental', 'QBR overdue since Aug 11, 2026']);
    expect(items.some(([, kind]) => kind === 'renewal_planning')).toBe(false);
  });

  it('exports as text for the manager', () => {
    expect(workplanText(plan, 'Sam Rivera')).toBe(
      [
        'Weekly workplan: Sam Rivera, week of Sep 7, 2026',
        '',
        'Monday Sep 7, 2026',
        '  - Monthly audit: Cool Air HVAC (Monthly audit, then the audit email)',
        '',
        'Tuesday Sep 8, 2026',
        '  - Onboarding step: Cool Air HVAC (Kickoff call)',
        '',
        'Wednesday Sep 9, 2026',
        '  - QBR 14:00: Cool Air HVAC (Q3 QBR)',
        '  - Start renewal planning: Cool Air HVAC (Renews Dec 8, 2026)',
        '',
        'Thursday Sep 10, 2026',
        '  - Meeting 15:00: Bright Smiles Dental (Monthly review)',
        '  - QBR due: Bright Smiles Dental (QBR due (every 90 days))',
        '',
        'Friday Sep 11, 2026',
        '  - Renewal: Bright Smiles Dental (Contract renews Sep 11, 2026)',
        '',
      ].join('\n'),
    );
  });

  it('exports as CSV', () => {
    const lines = workplanCsv(plan).split('\r\n');
    expect(lines[0]).toBe('Date,Time,Type,Account,Detail');
    expect(lines[3]).toBe('2026-09-09,14:00,QBR,Cool Air HVAC,Q3 QBR');
    expect(lines).toHaveLength(9);
  });

  it('shows meeting times in the CSM’s time zone', () => {
    const central = weeklyWorkplan(book, '2026-09-07', { ...DEFAULT_SETTINGS, timeZone: 'America/Chicago' });
    expect(central.items.find((i) => i.kind === 'meeting')?.time).toBe('10:00');
  });
});

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.test","x")', `"'=HYPERLINK(""http://evil.test"",""x"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Smith, Jones & Co', '"Smith, Jones & Co"'],
    ['two\nlines', '"two\nlines"'],
    ['Plain', 'Plain'],
  ])('makes %j safe', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('keeps a hostile account name inert in the workplan export', () => {
    expect(toCsv(['Account'], [['=cmd|"/c calc"!A1']])).toBe(`Account\r\n"'=cmd|""/c calc""!A1"\r\n`);
  });
});
