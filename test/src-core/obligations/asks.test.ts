import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../src-core/health';
import {
  feedbackPromptAfter,
  feedbackPrompts,
  referralSuggestions,
  requestEmailDraft,
  unansweredRequests,
} from '../../../src-core/obligations';
import { compPlanEstimate, processSpiffCents } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { makeAccount, makeActivity, makeFeedback, makeTask, makeTicket } from '../health/builders';
import { makeContact, makeDeck } from '../today/fixtures';
import { makeProcess, makeReferral, makeRequest } from '../../builders';

const account = makeAccount({ id: 'a-1', name: 'Acme Roofing', startedAt: '2025-01-01' });

describe('asking for feedback: due each quarter and after a QBR, a deliverable or a resolved escalation', () => {
  it('prompts the quarterly ask when nothing was asked or answered this quarter', () => {
    const data = accountDataOf(account, { feedback: [makeFeedback({ date: '2026-06-20', nps: 8 })] });
    expect(feedbackPrompts(data, '2026-08-10', 'UTC')).toEqual([
      { trigger: 'quarterly', causeId: null, day: '2026-07-01', reason: 'No feedback yet in Q3 2026' },
    ]);
  });

  it('prompts after each moment in the last 14 days that no request followed, newest first', () => {
    const qbr = makeActivity({ id: 'qbr-1', kind: 'qbr', status: 'completed', at: '2026-08-04T15:00:00.000Z' });
    const skipped = makeActivity({ id: 'qbr-0', kind: 'qbr', status: 'no_show', at: '2026-08-05T15:00:00.000Z' });
    const old = makeActivity({ id: 'qbr-old', kind: 'qbr', status: 'completed', at: '2026-07-20T15:00:00.000Z' });
    const report = makeDeck({
      id: 'vr-7',
      kind: 'value_report',
      period: '2026-07',
      generatedAt: '2026-08-06T10:00:00.000Z',
    });
    const fire = makeTicket({
      id: 't-9',
      priority: 'urgent',
      subject: 'Site down',
      resolvedAt: '2026-08-08T12:00:00.000Z',
    });
    const small = makeTicket({ id: 't-1', priority: 'normal', resolvedAt: '2026-08-08T12:00:00.000Z' });
    const answered = makeFeedback({ date: '2026-07-02', nps: 9 }); // answered this quarter: no quarterly ask
    const data = accountDataOf(account, {
      activities: [qbr, skipped, old],
      decks: [report],
      tickets: [fire, small],
      feedback: [answered],
    });
    // 10 August − 14 days = 27 July: the 20 July QBR is too old; the no-show and the normal ticket never prompt.
    expect(feedbackPrompts(data, '2026-08-10', 'UTC').map((p) => [p.trigger, p.causeId, p.day])).toEqual([
      ['escalation', 't-9', '2026-08-08'],
      ['deliverable', 'vr-7', '2026-08-06'],
      ['qbr', 'qbr-1', '2026-08-04'],
    ]);
    // Once a request follows the escalation, the earlier moments are covered too (asked after them).
    const asked = makeRequest({ trigger: 'escalation', causeId: 't-9', requestedAt: '2026-08-09T09:00:00.000Z' });
    expect(feedbackPrompts({ ...data, clientRequests: [asked] }, '2026-08-10', 'UTC')).toEqual([]);
  });

  it('counts a QBR deck, a value report sent and a task promised to the client and done as deliverables', () => {
    const qbrDeck = makeDeck({ id: 'qd-3', kind: 'qbr', period: '2026-Q2', generatedAt: '2026-08-03T10:00:00.000Z' });
    const sent = makeActivity({ id: 'vr-sent', kind: 'value_report', status: 'completed', at: '2026-08-05T15:00:00Z' });
    const delivered = makeTask({
      id: 'task-lp',
      title: 'Landing page for the fall promo',
      status: 'done',
      audience: 'client',
      completedAt: '2026-08-07T16:00:00.000Z',
    });
    const internal = makeTask({
      id: 'task-own',
      status: 'done',
      audience: 'internal',
      completedAt: '2026-08-07T16:00:00Z',
    });
    const data = accountDataOf(account, {
      decks: [qbrDeck],
      activities: [sent],
      tasks: [delivered, internal],
      feedback: [makeFeedback({ date: '2026-07-02', nps: 9 })],
    });
    expect(feedbackPrompts(data, '2026-08-10', 'UTC').map((p) => [p.trigger, p.causeId, p.reason])).toEqual([
      ['deliverable', 'task-lp', 'Delivered on Aug 7, 2026: Landing page for the fall promo'],
      ['deliverable', 'vr-sent', 'Value report sent on Aug 5, 2026'],
      ['deliverable', 'qd-3', 'QBR deck 2026-Q2 made on Aug 3, 2026'],
    ]);
  });

  it('raises the prompt right after a logged QBR, and drops it once a request is recorded for it', () => {
    const qbr = makeActivity({ id: 'qbr-9', kind: 'qbr', status: 'completed', at: '2026-08-10T15:00:00.000Z' });
    const call = makeActivity({ id: 'call-1', kind: 'call', status: 'completed', at: '2026-08-10T16:00:00.000Z' });
    const data = accountDataOf(account, { activities: [qbr, call] });
    expect(feedbackPromptAfter(data, 'qbr-9', '2026-08-10', 'UTC')).toEqual({
      trigger: 'qbr',
      causeId: 'qbr-9',
      day: '2026-08-10',
      reason: 'QBR held on Aug 10, 2026',
    });
    // A plain call is not a moment to ask at.
    expect(feedbackPromptAfter(data, 'call-1', '2026-08-10', 'UTC')).toBeNull();
    const asked = makeRequest({ trigger: 'qbr', causeId: 'qbr-9', requestedAt: '2026-08-10T17:00:00.000Z' });
    expect(feedbackPromptAfter({ ...data, clientRequests: [asked] }, 'qbr-9', '2026-08-10', 'UTC')).toBeNull();
  });

  it('lists requests neither answered nor closed as waiting for an answer', () => {
    const open = makeRequest({ id: 'r-open', requestedAt: '2026-07-06T15:00:00.000Z' });
    const done = makeRequest({ id: 'r-done', requestedAt: '2026-07-01T15:00:00.000Z' });
    const closed = makeRequest({ id: 'r-closed', closedAt: '2026-07-20T15:00:00.000Z' });
    const referral = makeRequest({ id: 'r-ref', kind: 'referral' });
    const data = accountDataOf(account, {
      clientRequests: [open, done, closed, referral],
      feedback: [makeFeedback({ date: '2026-07-03', requestId: 'r-done' })],
    });
    expect(unansweredRequests(data).map((r) => r.id)).toEqual(['r-open']);
  });
});

describe('referrals: promoters not asked in 90 days are suggested', () => {
  const promoter = (o = {}) =>
    accountDataOf(account, { feedback: [makeFeedback({ date: '2026-07-01', nps: 10 })], ...o });

  it('suggests a promoter whose latest NPS is 9–10 with no ask and no referral in 90 days', () => {
    expect(referralSuggestions([promoter()], '2026-08-10', 'UTC').map((s) => [s.accountId, s.answer.nps])).toEqual([
      ['a-1', 10],
    ]);
  });

  it('leaves out a promoter asked or referring within 90 days, and one whose latest answer is not a promoter', () => {
    const asked = promoter({
      clientRequests: [makeRequest({ kind: 'referral', requestedAt: '2026-05-13T12:00:00.000Z' })],
    });
    const gave = promoter({ referrals: [makeReferral({ date: '2026-05-20' })] });
    const cooled = accountDataOf(account, {
      feedback: [makeFeedback({ date: '2026-07-01', nps: 10 }), makeFeedback({ date: '2026-08-01', nps: 7 })],
    });
    // 10 August − 90 days = 12 May: the 13 May ask and the 20 May referral are inside the window.
    expect(referralSuggestions([asked, gave, cooled], '2026-08-10', 'UTC')).toEqual([]);
    // An ask on 11 May is outside it.
    const longAgo = promoter({
      clientRequests: [makeRequest({ kind: 'referral', requestedAt: '2026-05-11T12:00:00.000Z' })],
    });
    expect(referralSuggestions([longAgo], '2026-08-10', 'UTC')).toHaveLength(1);
  });
});

describe('the process spiff: $50 for every full 4 documented in the year', () => {
  // Nine processes: 3 in January, 2 in February, 4 in March → 3, 5, 9 by each month's end.
  const days = ['01-05', '01-12', '01-30', '02-03', '02-20', '03-02', '03-09', '03-16', '03-23'];
  const data = accountDataOf(account, { processes: days.map((d) => processOn(`2026-${d}`)) });

  it('pays per full four by the period’s end, less what was earned before it, so months add up to the quarter', () => {
    const spiff = (key: string, day: string) => processSpiffCents([data], parsePeriod(key), day, DEFAULT_SETTINGS);
    // January: 3 → 0 fours. February: 5 → 1 four, none before → $50. March: 9 → 2 fours, 1 before → $50.
    expect([spiff('2026-01', '2026-01-31'), spiff('2026-02', '2026-02-28'), spiff('2026-03', '2026-03-31')]).toEqual([
      0, 5_000, 5_000,
    ]);
    expect(spiff('2026-Q1', '2026-03-31')).toBe(10_000);
    const est = compPlanEstimate(
      [data],
      parsePeriod('2026-Q1'),
      '2026-03-31',
      { revenueLostCents: 0, revenueLostAllowanceCents: 0 },
      DEFAULT_SETTINGS,
    );
    expect(est.processSpiffCents).toBe(10_000);
    expect(est.totalCents).toBe(10_000);
  });
});

function processOn(documentedOn: string) {
  return makeProcess({ documentedOn });
}

describe('the request email is client-safe', () => {
  it('names the moment the client knows, never the ticket, its priority or any health reason', () => {
    const dana = makeContact({
      id: 'c-1',
      accountId: 'a-1',
      name: 'Dana Ruiz',
      email: 'dana@acme.test',
      isPrimary: true,
    });
    const data = accountDataOf(
      { ...account, signals: [{ kind: 'cancellation_threat', date: '2026-08-01', note: 'Threatened to cancel' }] },
      {
        contacts: [dana],
        tickets: [makeTicket({ id: 't-9', priority: 'urgent', subject: 'Site down again, furious' })],
      },
    );
    const draft = requestEmailDraft(data, 'feedback', 'escalation', null, 'Sam Lee');
    expect(draft.to).toEqual([{ contactId: 'c-1', name: 'Dana Ruiz', email: 'dana@acme.test' }]);
    expect(draft.subject).toBe('Acme Roofing: two quick questions about our work');
    expect(draft.body).toContain('Hi Dana,');
    expect(draft.body).toContain('Now that the issue you raised is resolved');
    expect(draft.body).toMatch(/0 = not at all, 10 = extremely/);
    expect(draft.body).toMatch(/1 = very unsatisfied, 5 = very satisfied/);
    expect(draft.body.endsWith('Sam Lee')).toBe(true);
    for (const internal of ['Site down', 'furious', 'urgent', 'cancel', 'escalation', 'risk', 'health']) {
      expect(draft.body.toLowerCase()).not.toContain(internal.toLowerCase());
    }
  });

  it('asks a chosen contact for a referral', () => {
    const bo = makeContact({ id: 'c-2', accountId: 'a-1', name: 'Bo Chen', email: 'bo@acme.test', isPrimary: false });
    const draft = requestEmailDraft(accountDataOf(account, { contacts: [bo] }), 'referral', 'ad_hoc', bo, 'Sam');
    expect(draft.to.map((t) => t.email)).toEqual(['bo@acme.test']);
    expect(draft.subject).toBe('Acme Roofing: a quick favour');
    expect(draft.body).toContain('Hi Bo,');
    expect(draft.body).toContain('another business owner');
  });
});
