import { describe, expect, it } from 'vitest';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import { monthlyInsightDraft, talkingPoints } from '../../../src-core/prep';
import { parsePeriod } from '../../../src-core/time';
import { ACCOUNT_ID, NOW } from '../deck/fixture-book';
import { CLIENT_TASK, RISK_WORDS, redAccountBook } from '../deck/red-account-book';

const data = accountRows(redAccountBook(), ACCOUNT_ID)!;
const INTERNAL_VOCABULARY = /competitor|rival|cancel|budget concern|unpaid|past due|invoice|skipped|health/i;

function expectClientSafe(text: string): void {
  for (const words of Object.values(RISK_WORDS)) expect(text).not.toContain(words);
  expect(text).not.toMatch(INTERNAL_VOCABULARY);
}

describe('what the Red account’s client may read', () => {
  const points = talkingPoints(data, parsePeriod('2026-Q3'), NOW);

  it('keeps every risk, payment and to-do among the CSM’s own points', () => {
    expect(points.internal.risk).toHaveLength(6);
    expect(points.internal.toDo).toEqual([
      `${RISK_WORDS.qbrChore} (due Oct 12, 2026).`,
      `${RISK_WORDS.playbookTask} (due Oct 20, 2026).`,
      `${RISK_WORDS.birthdayChore} (due Nov 3, 2026).`,
    ]);
  });

  it('says to the client only results, goals, feedback and the task marked for them', () => {
    const client = points.client;
    expectClientSafe([...client.working, ...client.needsWork, ...client.workingOn].join('\n'));
    expect(client.workingOn).toContain(`${CLIENT_TASK} (due Oct 30, 2026).`);
    // 8 leads a week for 13 weeks = 104 against 11 × 13 = 143 (73%); Q2 was 130 (−20%).
    expect(client.needsWork[0]).toBe(
      'Leads below target: 104 against a target of 143 this quarter (73%); down 20% from 130 last quarter.',
    );
  });

  it('drafts a client-safe monthly insight email', () => {
    const email = monthlyInsightDraft(data, '2026-09', NOW);
    expectClientSafe(`${email.subject}\n${email.body}`);
    expect(email.body).toContain(CLIENT_TASK);
    expect(email.body).toContain('Leads below target');
  });
});
