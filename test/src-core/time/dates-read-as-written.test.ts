import { describe, expect, it } from 'vitest';
import { buildQbrSpec, deckDataHash, deckRecordFor, type TableSlide } from '../../../src-core/deck';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import { outcomeOf } from '../../../src-core/deck/spec/promises';
import { healthInputs } from '../../../src-core/health';
import { talkingPoints } from '../../../src-core/prep';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { detectWarnings, reconcileWarnings, snoozeWarning } from '../../../src-core/warnings';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from '../deck/fixture-book';
import { makeInvoice } from '../health/builders';
import { healthyAccount } from '../health/fixtures';
import { makeAccountData, makeTask } from '../today/fixtures';

/**
 * Issue 15: a date a CSM or a client reads is written as the screens write it ("Dec 2, 2026"),
 * never as it is stored ("2026-12-02"); the stored values stay ISO.
 */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const DUE = '2026-12-02';

describe('dates a person reads', () => {
  it('a QBR’s promises slide: the “By” column and the evidence read Dec 2, 2026; the stored plan stays ISO', () => {
    const july = '2026-07-03T12:00:00.000Z';
    const dueDec2 = (book: ReturnType<typeof fixtureBook>) => {
      book.goals = book.goals.map((g) => (g.id === 'goal-2' ? { ...g, dueDate: DUE } : g));
      return book;
    };
    const q2Book = dueDec2(fixtureBook());
    const q2 = buildQbrSpec({
      book: q2Book,
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q2'),
      branding: BRANDING,
      now: july,
    });
    const record = deckRecordFor({
      id: 'deck-q2',
      spec: q2,
      sizeBytes: 1,
      fileName: 'q2.pptx',
      dataHash: deckDataHash(q2Book, ACCOUNT_ID),
      commentary: {},
      omittedSlides: [],
    });
    // The record is stored data: its plan keeps the ISO day.
    expect(record.plan?.find((p) => p.sourceId === 'goal-2')?.date).toBe(DUE);
    const book = dueDec2(fixtureBook());
    book.decks.push(record);
    const q3 = buildQbrSpec({
      book,
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
    });
    const slide = q3.slides.find((s) => s.key === 'promises') as TableSlide;
    expect(slide.table.rows.find((r) => r[0] === 'Double leads: reach 20')?.[1]).toBe('Dec 2, 2026');
    for (const row of slide.table.rows) expect(row.join(' | ')).not.toMatch(ISO_DAY);
    expect(slide.notes).not.toMatch(ISO_DAY);
    // A promised goal with no results yet says when it is due, in words.
    const data = accountRows(dueDec2(fixtureBook()), ACCOUNT_ID)!;
    // The fixture book records no calls: a calls goal has no results yet.
    data.goals = data.goals.map((g) => (g.id === 'goal-2' ? { ...g, metric: 'calls' as const } : g));
    const line = {
      source: 'goal' as const,
      sourceId: 'goal-2',
      objective: 'Double leads',
      owner: 'Sam Lee',
      date: DUE,
    };
    expect(outcomeOf(line, data, '2026-09-30', 'America/Chicago')).toMatchObject({
      outcome: 'In progress',
      evidence: 'No results yet; due Dec 2, 2026',
    });
  });

  it('a talking point: a task due 2 December reads “(due Dec 2, 2026)”', () => {
    const data = makeAccountData({ tasks: [makeTask({ title: 'Send the renewal terms', dueDate: DUE })] });
    const points = talkingPoints(data, parsePeriod('2026-Q3'), '2026-10-05T12:00:00.000Z');
    expect(points.internal.toDo).toContain('Send the renewal terms (due Dec 2, 2026).');
  });

  it('a warning’s evidence reads Dec 2, 2026, and a warning snoozed under the old wording stays snoozed', () => {
    const now = '2026-12-20T12:00:00.000Z';
    const data = healthyAccount();
    data.invoices = [makeInvoice({ id: 'inv-9', number: 'INV-9', dueDate: DUE, paidAt: null, amountCents: 300_000 })];
    const late = () =>
      detectWarnings(data, healthInputs(data, now, DEFAULT_SETTINGS), now, DEFAULT_SETTINGS).filter(
        (w) => w.kind === 'payment_late',
      );
    expect(late().map((w) => w.evidence)).toEqual(['Invoice INV-9 ($3,000) due Dec 2, 2026, unpaid']);
    // Stored before this change, with the ISO wording, and snoozed to the new year: the warning is
    // keyed by its cause and evidence key, never its text, so it stays snoozed (same id) and reads anew.
    const [raised] = reconcileWarnings(
      [],
      [{ ...late()[0]!, evidence: 'Invoice INV-9 ($3,000) due 2026-12-02, unpaid' }],
      now,
      () => 'w-1',
    );
    const snoozed = snoozeWarning(raised!, '2027-01-04');
    const after = reconcileWarnings([snoozed], late(), '2026-12-21T12:00:00.000Z', () => 'w-2');
    expect(after).toEqual([{ ...snoozed, evidence: 'Invoice INV-9 ($3,000) due Dec 2, 2026, unpaid' }]);
  });
});
