import { describe, expect, it } from 'vitest';
import { accountRows } from '../../../../src-core/deck/spec/account-rows';
import { talkingPoints } from '../../../../src-core/prep';
import { parsePeriod } from '../../../../src-core/time';
import { defaultAgenda } from '../../../../src-renderer/features/prep/agenda-draft';
import { ACCOUNT_ID, NOW } from '../../../src-core/deck/fixture-book';
import { CLIENT_TASK, RISK_WORDS, redAccountBook } from '../../../src-core/deck/red-account-book';

describe('the agenda drafted for a Red account’s meeting', () => {
  it('may be shared with the client: results, plan and questions, no risk, payment or to-do', () => {
    const points = talkingPoints(accountRows(redAccountBook(), ACCOUNT_ID)!, parsePeriod('2026-Q3'), NOW);
    const agenda = defaultAgenda(points.client);
    for (const words of Object.values(RISK_WORDS)) expect(agenda).not.toContain(words);
    expect(agenda).not.toMatch(/competitor|cancel|unpaid|invoice|skipped|Address:/i);
    expect(agenda.split('\n')).toEqual([
      '1. Wins since last time',
      '2. What needs work and our plan',
      '   - Leads below target: 104 against a target of 143 this quarter (73%); down 20% from 130 last quarter.',
      expect.stringContaining('POWER goal'),
      "3. What we're working on next",
      `   - ${CLIENT_TASK} (due Oct 30, 2026).`,
      '4. Questions and next steps',
    ]);
  });
});
