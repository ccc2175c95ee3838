import { beforeAll, describe, expect, it } from 'vitest';
import { buildQbrSpec, renderDeck, type DeckSpec, type TableSlide } from '../../../src-core/deck';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import { accountHealth } from '../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { inspectPptx, type PackageReport } from '../../support/pptx/inspect-package';
import { ACCOUNT_ID, BRANDING, NOW } from './fixture-book';
import { CLIENT_TASK, RISK_WORDS, redAccountBook } from './red-account-book';

/** Words that name a risk, a payment or the account's health: none may be on a slide of this deck. */
const INTERNAL_VOCABULARY =
  /competitor|rival|cancel|budget concern|unpaid|past due|invoice|skipped|no-show|health|\bRed\b|for you/i;

describe('a Red account’s QBR, read slide by slide from the .pptx', () => {
  const book = redAccountBook();
  let spec: DeckSpec;
  let pptx: PackageReport;

  beforeAll(async () => {
    spec = buildQbrSpec({ book, accountId: ACCOUNT_ID, period: parsePeriod('2026-Q3'), branding: BRANDING, now: NOW });
    pptx = await inspectPptx(await renderDeck(spec));
  });

  it('is a Red account with every kind of internal detail, so the checks below can fail', () => {
    expect(accountHealth(accountRows(book, ACCOUNT_ID)!, NOW, DEFAULT_SETTINGS).band).toBe('red');
    expect(pptx.problems).toEqual([]);
    expect(pptx.slideCount).toBe(spec.slides.length);
  });

  it('shows no risk signal, internal task, payment detail or health reason on any slide', () => {
    pptx.slideTexts.forEach((text, i) => {
      const where = `slide ${i + 1} (${spec.slides[i]!.key})`;
      for (const words of Object.values(RISK_WORDS)) expect(text, where).not.toContain(words);
      expect(text, where).not.toMatch(INTERNAL_VOCABULARY);
    });
  });

  it('puts them in the presenter notes, marked as not for the client', () => {
    const notes = pptx.notes.join('\n');
    expect(notes).toContain('For you, not the client');
    expect(notes).toContain(
      `They are talking to a competitor (noted Sep 18, 2026: The owner ${RISK_WORDS.competitor}).`,
    );
    expect(notes).toContain(
      `They have threatened to cancel (noted Sep 25, 2026: Said they ${RISK_WORDS.cancellation}).`,
    );
    expect(notes).toContain(`They raised a budget concern (noted Sep 28, 2026: ${RISK_WORDS.budget}).`);
    // Due 2026-09-01 and 2026-09-15, read on Oct 5, 2026: 34 and 20 days late.
    expect(notes).toContain('Invoice INV-1041 is unpaid, 34 days past due.');
    expect(notes).toContain('Invoice INV-1042 is unpaid, 20 days past due.');
    expect(notes).toContain('2 meetings were skipped (Aug 12, 2026; Sep 9, 2026).');
    expect(notes).toMatch(/health as of Oct 5, 2026: Red/);
    for (const chore of [RISK_WORDS.playbookTask, RISK_WORDS.qbrChore, RISK_WORDS.birthdayChore])
      expect(notes).toContain(chore);
  });

  it('builds the client plan only from what the CSM marked for the client', () => {
    const plan = spec.slides.find((s) => s.key === 'plan') as TableSlide;
    expect(plan.table.rows.map((r) => r[0])).toEqual([CLIENT_TASK, 'Double leads: reach 20', 'More leads: reach 12']);
  });

  it('says the one NPS answer is one answer, and draws no verdict from it', () => {
    const feedback = pptx.slideTexts[spec.slides.findIndex((s) => s.key === 'feedback')]!;
    // One answer of 6: 0 promoters − 1 detractor of 1 = −100.
    expect(feedback).toContain('−100');
    expect(feedback).toContain('NPS from 1 answer');
    expect(feedback).toContain('Answers: 6 · target 50');
    expect(feedback).toContain('NPS −100 · 1 answer (6): too few answers to read as a trend.');
    const card = spec.slides.find((s) => s.key === 'feedback');
    expect(card?.kind === 'bullets' && card.stats.map((s) => s.tone)).toEqual(['neutral']);
  });

  it('leaves out the wins slide, which has nothing to say, and says why', () => {
    expect(spec.slides.map((s) => s.key)).not.toContain('wins');
    const wins = spec.leftOut.find((l) => l.slide.key === 'wins');
    expect(wins).toMatchObject({
      by: 'empty',
      reason:
        'No wins were recorded for Q3 2026: no KPI on target or improving, no POWER goal reached, no deliverable for the client completed.',
    });
  });
});
