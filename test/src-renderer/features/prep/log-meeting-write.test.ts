import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingLogInput } from '../../../../src-core/prep';
import {
  createWriter,
  getAccountDetail,
  importBook,
  type FieldbookDb,
  type Writer,
} from '../../../../src-renderer/store';
import { writeMeetingLog } from '../../../../src-renderer/features/prep/log-meeting-write';
import { freshDb, makeAccount, makeActivity, makeBook, makeClock, makeContact } from '../../store/fixtures';

let db: FieldbookDb;
const meeting = makeActivity({
  id: 'mtg-1',
  kind: 'meeting',
  status: 'scheduled',
  at: '2026-09-10T15:00:00.000Z',
  subject: 'Monthly review',
  durationMinutes: 45,
});

beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({ accounts: [makeAccount()], contacts: [makeContact()], activities: [meeting] }),
    'file',
  );
});
afterEach(() => db.close());

const input = (o: Partial<MeetingLogInput> = {}): MeetingLogInput => ({
  accountId: 'acc-1',
  meeting,
  subject: 'Monthly review',
  at: meeting.at,
  kept: true,
  attendeeIds: ['ctc-1'],
  outcome: 'Pilot agreed',
  notes: 'Dana is back from leave',
  nextSteps: ['Send the proposal', 'Fix call tracking'],
  nextStepsDue: '2026-09-17',
  meetingMinutes: 40,
  prepMinutes: 15,
  authorName: 'Sam Rivera',
  ...o,
});

describe('writeMeetingLog', () => {
  it('saves the meeting, next steps, note and timesheet entries, each with its outbox entry', async () => {
    const clock = makeClock('2026-09-10T16:00:00.000Z');
    await writeMeetingLog(db, createWriter(db, clock, 'Sam Rivera'), clock, input());
    const detail = await getAccountDetail(db, 'acc-1');
    expect(detail?.activities.find((a) => a.id === 'mtg-1')).toMatchObject({
      status: 'completed',
      durationMinutes: 40,
      outcome: 'Pilot agreed',
      attendeeIds: ['ctc-1'],
    });
    expect(detail?.tasks.map((t) => [t.title, t.dueDate, t.source]).sort()).toEqual([
      ['Fix call tracking', '2026-09-17', 'meeting'],
      ['Send the proposal', '2026-09-17', 'meeting'],
    ]);
    expect(detail?.notes.map((n) => n.body)).toEqual(['Dana is back from leave']);
    expect(detail?.timeEntries.map((e) => [e.date, e.category, e.minutes]).sort()).toEqual([
      ['2026-09-10', 'meeting', 40],
      ['2026-09-10', 'prep', 15],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => [m.table, m.op])).toEqual([
      ['activities', 'patch'],
      ['tasks', 'upsert'],
      ['tasks', 'upsert'],
      ['notes', 'upsert'],
      ['timeEntries', 'upsert'],
      ['timeEntries', 'upsert'],
    ]);
    // A patch carries only what the CSM changed, so sync merges it field by field.
    expect(Object.keys(outbox[0]!.fields).sort()).toEqual(['attendeeIds', 'durationMinutes', 'outcome', 'status']);
  });

  it('writes nothing when one row fails: no half-logged meeting', async () => {
    const clock = makeClock('2026-09-10T16:00:00.000Z');
    const real = createWriter(db, clock, 'Sam Rivera');
    const failing: Writer = {
      ...real,
      upsertRow: (table, draft) =>
        table === 'timeEntries' ? Promise.reject(new Error('disk full')) : real.upsertRow(table, draft),
    };
    await expect(writeMeetingLog(db, failing, clock, input())).rejects.toThrow('disk full');
    const detail = await getAccountDetail(db, 'acc-1');
    expect(detail?.activities.find((a) => a.id === 'mtg-1')?.status).toBe('scheduled');
    expect(detail?.tasks).toEqual([]);
    expect(detail?.notes).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('logs an unscheduled meeting as a new touchpoint', async () => {
    const clock = makeClock('2026-09-11T16:00:00.000Z');
    await writeMeetingLog(
      db,
      createWriter(db, clock, 'Sam Rivera'),
      clock,
      input({ meeting: null, subject: 'Hallway chat', at: '2026-09-11T15:00:00.000Z', notes: '', nextSteps: [] }),
    );
    const detail = await getAccountDetail(db, 'acc-1');
    expect(detail?.activities.map((a) => [a.subject, a.status]).sort()).toEqual([
      ['Hallway chat', 'completed'],
      ['Monthly review', 'scheduled'],
    ]);
  });
});
