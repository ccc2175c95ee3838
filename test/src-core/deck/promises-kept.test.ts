import { describe, expect, it } from 'vitest';
import { buildQbrSpec, deckDataHash, deckRecordFor, type TableSlide } from '../../../src-core/deck';
import { outcomeOf } from '../../../src-core/deck/spec/promises';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import { validateRow, type BookTables, type RowOf } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

const JULY_3 = '2026-07-03T12:00:00.000Z';
const scoped = { rev: 1, deleted: false, updatedAt: JULY_3, accountId: ACCOUNT_ID };

function reviewMeeting(o: Partial<RowOf<'activities'>> = {}): RowOf<'activities'> {
  return {
    ...scoped,
    id: 'act-review',
    kind: 'meeting',
    status: 'scheduled',
    direction: 'two_way',
    at: '2026-08-12T15:00:00.000Z',
    durationMinutes: 30,
    subject: 'Mid-quarter results review',
    outcome: '',
    attendeeIds: [],
    insight: null,
    ...o,
  };
}

/** The book as it stood on 3 July: the landing page not yet launched, the review still to come. */
function bookInJuly(): BookTables {
  const book = fixtureBook();
  book.tasks = book.tasks.map((t) => (t.id === 'task-1' ? { ...t, status: 'open', completedAt: null } : t));
  book.activities.push(reviewMeeting());
  return book;
}

/** The Q2 QBR generated on 3 July, recorded as the app records it once the file is saved. */
function q2Record(book: BookTables) {
  const spec = buildQbrSpec({
    book,
    accountId: ACCOUNT_ID,
    period: parsePeriod('2026-Q2'),
    branding: BRANDING,
    now: JULY_3,
  });
  const record = deckRecordFor({
    id: 'deck-q2',
    spec,
    sizeBytes: 100_000,
    fileName: 'Acme Plumbing — QBR 2026-Q2.pptx',
    dataHash: deckDataHash(book, ACCOUNT_ID),
    commentary: {},
    omittedSlides: [],
  });
  return { spec, record };
}

describe('promises kept: a QBR after a QBR', () => {
  it('stores the next-quarter plan a QBR presented', () => {
    const { record } = q2Record(bookInJuly());
    expect(validateRow('decks', record).ok).toBe(true);
    // Q3 plan: the review meeting, the landing page (client task due 20 Aug), and both open POWER goals.
    expect(record.plan).toEqual([
      {
        source: 'meeting',
        sourceId: 'act-review',
        objective: 'Mid-quarter results review',
        owner: 'Sam Lee',
        date: '2026-08-12',
      },
      {
        source: 'task',
        sourceId: 'task-1',
        objective: 'Launch new landing page',
        owner: 'Sam Lee',
        date: '2026-08-20',
      },
      {
        source: 'goal',
        sourceId: 'goal-2',
        objective: 'Double leads: reach 20',
        owner: 'Sam Lee with the client',
        date: '2026-12-28',
      },
      {
        source: 'goal',
        sourceId: 'goal-1',
        objective: 'More leads: reach 12',
        owner: 'Sam Lee with the client',
        date: '2026-12-31',
      },
    ]);
  });

  it('opens the next QBR with each line of that plan and what happened, from activities, goals and KPIs', () => {
    const { record } = q2Record(bookInJuly());
    const now = fixtureBook();
    now.activities.push(reviewMeeting({ status: 'completed' }));
    now.decks.push(record);
    const spec = buildQbrSpec({
      book: now,
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
    });
    expect(spec.slides[1]!.key).toBe('promises');
    const slide = spec.slides[1] as TableSlide;
    expect(slide.title).toBe('What we said we’d do — and what happened');
    // Checked on Sep 30, 2026 (the quarter's end). Leads averaged 12 a week over the last 4 weeks:
    // "More leads" 8 → 12 is reached (100%); "Double leads" 10 → 20 is 20% of the way, behind schedule.
    expect(slide.table.rows).toEqual([
      ['Mid-quarter results review', 'Aug 12, 2026', 'Done', 'Held on Aug 12, 2026'],
      ['Launch new landing page', 'Aug 20, 2026', 'Done', 'Completed Aug 20, 2026'],
      [
        'Double leads: reach 20',
        'Dec 28, 2026',
        'In progress',
        'Behind: Leads 12 a week vs target 20 (20% of the way)',
      ],
      ['More leads: reach 12', 'Dec 31, 2026', 'Done', 'Reached: Leads 12 a week vs target 12 (100% of the way)'],
    ]);
    expect(slide.notes).toContain('Q2 2026 QBR');
    expect(slide.notes).toContain('done 3, in progress 1, not done 0, dropped 0');
  });

  it('says when a line was dropped or not done', () => {
    const data = accountRows(fixtureBook(), ACCOUNT_ID)!;
    const line = { owner: 'Sam Lee', date: '2026-08-01' };
    data.tasks.push({ ...data.tasks[0]!, id: 'task-x', status: 'cancelled', completedAt: null });
    data.activities.push(reviewMeeting({ id: 'act-missed', status: 'no_show', at: '2026-08-05T15:00:00.000Z' }));
    const outcome = (source: 'goal' | 'task' | 'meeting', sourceId: string) =>
      outcomeOf({ ...line, source, sourceId, objective: 'x' }, data, '2026-09-30', 'America/Chicago');
    expect(outcome('task', 'task-x')).toMatchObject({ outcome: 'Dropped', evidence: 'Taken off the plan' });
    expect(outcome('goal', 'goal-gone')).toMatchObject({ outcome: 'Dropped' });
    expect(outcome('meeting', 'act-missed')).toMatchObject({
      outcome: 'Not done',
      evidence: 'Did not take place on Aug 5, 2026',
    });
    expect(outcome('task', 'task-2')).toMatchObject({ outcome: 'In progress', evidence: 'Open' });
  });

  it('has no such slide for an account whose QBRs never recorded a plan', () => {
    const spec = buildQbrSpec({
      book: fixtureBook(),
      accountId: ACCOUNT_ID,
      period: parsePeriod('2026-Q3'),
      branding: BRANDING,
      now: NOW,
    });
    expect(spec.slides.some((s) => s.key === 'promises')).toBe(false);
  });
});
