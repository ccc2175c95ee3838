import type { BookTables } from '../../../src-core/model';
import { ACCOUNT_ID, fixtureBook } from './fixture-book';

/** RELIABILITY 25: every kind of text that has broken decks elsewhere, in every field a slide shows. */
export const HOSTILE = {
  specials: `<script>&amp; "quotes" 'apos' ]]> <![CDATA[x]]>`,
  emoji: 'Launch 🎉🚀 👩‍👩‍👧‍👦',
  rtl: 'שלום עולם مرحبا بالعالم',
  cjk: '顧客満足度の向上 고객 만족',
  control: 'bell\u0007 nul\u0000 vt\u000B ff\u000C esc\u001B lone\uD800 fffe\uFFFE',
  word: 'W'.repeat(10_000),
  note: 'A very long note. '.repeat(2_800),
};

export const HOSTILE_LINE = `${HOSTILE.cjk} ${HOSTILE.rtl} ${HOSTILE.emoji} ${HOSTILE.specials} ${HOSTILE.control}`;

export function hostileBook(): BookTables {
  const book = fixtureBook();
  book.accounts[0] = {
    ...book.accounts[0]!,
    name: `${HOSTILE_LINE} ${HOSTILE.word}`,
    ownerName: HOSTILE.control + HOSTILE.rtl,
  };
  book.goals = book.goals.map((g, i) => ({ ...g, title: i === 0 ? HOSTILE.word : HOSTILE_LINE }));
  book.opportunities = book.opportunities.map((o) => ({
    ...o,
    title: HOSTILE_LINE,
    problem: HOSTILE.note,
    expectedImpact: HOSTILE.word,
    pilot: HOSTILE_LINE,
  }));
  book.feedback = book.feedback.map((f) => ({ ...f, comment: HOSTILE.note + HOSTILE.control }));
  book.tasks = book.tasks.map((t) => ({ ...t, title: HOSTILE_LINE + HOSTILE.word }));
  book.activities.push({
    id: 'act-hostile',
    rev: 1,
    deleted: false,
    updatedAt: '2026-10-01T00:00:00.000Z',
    accountId: ACCOUNT_ID,
    kind: 'monthly_insight',
    status: 'completed',
    direction: 'outbound',
    at: '2026-09-15T10:00:00.000Z',
    durationMinutes: 0,
    subject: HOSTILE_LINE,
    outcome: '',
    attendeeIds: [],
    insight: {
      working: HOSTILE.note,
      needsWork: `${HOSTILE.word}\n${HOSTILE.control}`,
      workingOn: Array.from({ length: 40 }, () => HOSTILE_LINE).join('\n'),
    },
  });
  return book;
}
