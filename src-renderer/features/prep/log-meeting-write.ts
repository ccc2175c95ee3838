import { meetingLogRows, type MeetingLogInput, type MeetingLogRows } from '../../../src-core/prep';
import { writeScope, type FieldbookDb, type StoreClock, type Writer } from '../../store';

/**
 * Writes one logged meeting: the touchpoint (a patch when it was scheduled, so sync merges only
 * the fields the CSM changed), next steps as tasks, the note, and the prep and meeting time.
 * One outer transaction, so a crash leaves all of them or none; each row still gets its own
 * outbox entry (the writer's nested transactions join this one).
 */
export async function writeMeetingLog(
  db: FieldbookDb,
  writer: Writer,
  clock: StoreClock,
  input: MeetingLogInput,
): Promise<MeetingLogRows> {
  const rows = meetingLogRows(input, clock.now(), () => clock.newId());
  await db.transaction('rw', writeScope(db), async () => {
    const { id, rev: _rev, deleted: _d, updatedAt: _u, accountId, ...fields } = rows.activity;
    if (input.meeting) await writer.patchRow('activities', id, fields);
    else await writer.upsertRow('activities', { ...fields, id, accountId });
    for (const { rev: _r, deleted: _x, updatedAt: _t, ...task } of rows.tasks) await writer.upsertRow('tasks', task);
    if (rows.note) {
      const { rev: _r, deleted: _x, updatedAt: _t, ...note } = rows.note;
      await writer.upsertRow('notes', note);
    }
    for (const { rev: _r, deleted: _x, updatedAt: _t, ...entry } of rows.timeEntries)
      await writer.upsertRow('timeEntries', entry);
  });
  return rows;
}
