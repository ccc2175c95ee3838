import { describe, expect, it } from 'vitest';
import { validateRow } from '../../../src-core/model';
import {
  clock,
  mailtoUrl,
  meetingLogRows,
  monthlyInsightDraft,
  prepProgress,
  PREP_TOTAL_MINUTES,
} from '../../../src-core/prep';
import { makeAccountData, makeActivity, makeContact, makeSeries, makeTask } from '../today/fixtures';

describe('monthlyInsightDraft', () => {
  it('drafts the three-part insight from the month’s data, to the primary contact', () => {
    const data = makeAccountData({
      contacts: [
        makeContact({ id: 'p-2', name: 'Ravi Shah', email: 'ravi@brightsmiles.test', isPrimary: false }),
        makeContact(),
      ],
      // August 2026 has the weeks of 3, 10, 17, 24 and 31 August; July has 6…27 July.
      metrics: [makeSeries('leads', '2026-07-06', [5, 5, 5, 5, 8, 8, 8, 8, 8], Array<number>(9).fill(6))],
      tasks: [
        makeTask({ title: 'Launch the fall campaign', dueDate: '2026-09-15', audience: 'client' }),
        makeTask({ id: 'k-2', title: 'Prepare the QBR deck', dueDate: '2026-09-10', audience: 'internal' }),
      ],
    });
    const draft = monthlyInsightDraft(data, '2026-08', '2026-09-02T12:00:00.000Z');
    expect(draft.to).toEqual(['dana@brightsmiles.test']);
    expect(draft.subject).toBe('Bright Smiles Dental: your August 2026 update');
    expect(draft.insight).toEqual({
      working: '- Leads on target: 40 against a target of 30 this month (133%); up 100% from 20 last month.',
      needsWork: 'Every KPI met its target this month.',
      workingOn: '- Launch the fall campaign (due Sep 15, 2026).',
    });
    expect(draft.body).toBe(
      [
        'Hi Dana,',
        '',
        'Here is your August 2026 update for Bright Smiles Dental.',
        '',
        "What's working",
        draft.insight.working,
        '',
        'What needs work',
        draft.insight.needsWork,
        '',
        "What we're working on",
        draft.insight.workingOn,
        '',
        'Happy to walk through any of this on a call.',
        '',
        'Sam Rivera',
      ].join('\n'),
    );
  });

  it('says plainly when there are no results instead of inventing them', () => {
    const draft = monthlyInsightDraft(makeAccountData(), '2026-08', '2026-09-02T12:00:00.000Z');
    expect(draft.to).toEqual([]);
    expect(draft.insight.working).toBe('No results are recorded for August 2026 yet.');
    expect(draft.insight.needsWork).toBe('No results are recorded for August 2026 yet.');
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    expect(mailtoUrl(['dana@brightsmiles.test'], 'Q3 & you?', 'Line 1\nLine 2 #50%')).toBe(
      'mailto:dana@brightsmiles.test?subject=Q3%20%26%20you%3F&body=Line%201%0D%0ALine%202%20%2350%25',
    );
  });

  it('keeps a crafted address from adding headers', () => {
    expect(mailtoUrl(['x@y.test?bcc=evil@z.test'], 's', 'b')).toBe(
      'mailto:x@y.test%3Fbcc%3Devil@z.test?subject=s&body=b',
    );
  });
});

describe('prep timer', () => {
  it('is 15 minutes split into the six sections', () => {
    expect(PREP_TOTAL_MINUTES).toBe(15);
    expect(prepProgress(0)).toEqual({
      current: 'standing',
      sectionSecondsLeft: 120,
      totalSecondsLeft: 900,
      done: false,
    });
    expect(prepProgress(121)).toEqual({
      current: 'changes',
      sectionSecondsLeft: 179,
      totalSecondsLeft: 779,
      done: false,
    });
    expect(prepProgress(899).current).toBe('say');
    expect(prepProgress(900)).toEqual({ current: 'say', sectionSecondsLeft: 0, totalSecondsLeft: 0, done: true });
    expect(clock(779)).toBe('12:59');
  });
});

describe('meetingLogRows', () => {
  const ids = () => {
    let n = 0;
    return () => `id-${++n}`;
  };
  const NOW = '2026-09-10T16:00:00.000Z';
  const meeting = makeActivity({ id: 'm-1', at: '2026-09-10T15:00:00.000Z', subject: 'Monthly review' });
  const input = {
    accountId: 'a-1',
    meeting,
    subject: 'Monthly review',
    at: meeting.at,
    kept: true,
    attendeeIds: ['p-1'],
    outcome: 'Agreed to test paid search',
    notes: 'Dana back from vacation',
    nextSteps: ['Send pilot proposal', '', '  Check call tracking '],
    nextStepsDue: '2026-09-17',
    meetingMinutes: 30,
    prepMinutes: 16,
    authorName: 'Sam Rivera',
  };

  it('completes the meeting, adds next steps as tasks, the note, and prep and meeting time', () => {
    const rows = meetingLogRows(input, NOW, ids());
    expect(rows.activity).toMatchObject({
      id: 'm-1',
      status: 'completed',
      durationMinutes: 30,
      outcome: 'Agreed to test paid search',
      attendeeIds: ['p-1'],
      updatedAt: NOW,
    });
    expect(rows.tasks.map((t) => [t.id, t.title, t.dueDate, t.source, t.audience])).toEqual([
      ['id-1', 'Send pilot proposal', '2026-09-17', 'meeting', 'internal'],
      ['id-2', 'Check call tracking', '2026-09-17', 'meeting', 'internal'],
    ]);
    // Next steps agreed with the client go in their plan.
    const agreed = meetingLogRows({ ...input, nextStepsForClient: true }, NOW, ids());
    expect(agreed.tasks.map((t) => t.audience)).toEqual(['client', 'client']);
    for (const t of agreed.tasks) expect(validateRow('tasks', t).ok).toBe(true);
    expect(rows.note).toMatchObject({ id: 'id-3', body: 'Dana back from vacation', createdAt: NOW });
    expect(rows.timeEntries.map((e) => [e.date, e.category, e.minutes, e.note])).toEqual([
      ['2026-09-10', 'prep', 16, 'Prep for Monthly review'],
      ['2026-09-10', 'meeting', 30, 'Monthly review'],
    ]);
    const problems = [
      validateRow('activities', rows.activity),
      validateRow('notes', rows.note),
      ...rows.tasks.map((t) => validateRow('tasks', t)),
      ...rows.timeEntries.map((e) => validateRow('timeEntries', e)),
    ].filter((r) => !r.ok);
    expect(problems).toEqual([]);
  });

  it('logs an unscheduled meeting as a QBR when the CSM says it was one (a QBR held prompts a feedback ask)', () => {
    const rows = meetingLogRows({ ...input, meeting: null, kind: 'qbr', subject: 'QBR' }, NOW, ids());
    expect(rows.activity).toMatchObject({ id: 'id-1', kind: 'qbr', status: 'completed', subject: 'QBR' });
    expect(validateRow('activities', rows.activity).ok).toBe(true);
    // Without the choice it stays a plain meeting.
    expect(meetingLogRows({ ...input, meeting: null }, NOW, ids()).activity.kind).toBe('meeting');
  });

  it('logs a no-show without meeting time, keeping the prep time', () => {
    const rows = meetingLogRows({ ...input, kept: false, notes: '', nextSteps: [] }, NOW, ids());
    expect(rows.activity).toMatchObject({ status: 'no_show', durationMinutes: 0 });
    expect(rows.note).toBeNull();
    expect(rows.timeEntries.map((e) => e.category)).toEqual(['prep']);
  });
});
