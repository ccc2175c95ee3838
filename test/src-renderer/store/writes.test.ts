import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWriter,
  importBook,
  pendingCount,
  StoreError,
  type FieldbookDb,
  type Writer,
} from '../../../src-renderer/store';
import { freshDb, makeAccount, makeBook, makeClock, makeContact, makeContract, makeNote, makeTask } from './fixtures';

let db: FieldbookDb;
let writer: Writer;
let clock: ReturnType<typeof makeClock>;

beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({
      accounts: [makeAccount()],
      contracts: [makeContract()],
      notes: [makeNote({ rev: 7 })],
      tasks: [makeTask()],
      contacts: [makeContact()],
    }),
    'demo',
  );
  clock = makeClock();
  writer = createWriter(db, clock, 'Sam Rivera');
});
afterEach(async () => db.delete());

describe('a local write', () => {
  it('saves a new note and its upsert in the outbox, without server-owned fields', async () => {
    const note = await writer.addNote('acc-1', 'Asked about a second location');
    expect(note).toEqual({
      id: 'id-1',
      rev: 0,
      deleted: false,
      updatedAt: '2026-09-01T12:00:00.000Z',
      accountId: 'acc-1',
      body: 'Asked about a second location',
      createdAt: '2026-09-01T12:00:00.000Z',
      authorName: 'Sam Rivera',
      pinned: false,
      conflictOf: null,
    });
    expect(await db.notes.get('id-1')).toEqual(note);
    const [entry, ...rest] = await db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      seq: 1,
      mutationId: 'id-2',
      table: 'notes',
      op: 'upsert',
      id: 'id-1',
      accountId: 'acc-1',
      createdAt: '2026-09-01T12:00:00.000Z',
      fields: {
        id: 'id-1',
        accountId: 'acc-1',
        body: 'Asked about a second location',
        createdAt: '2026-09-01T12:00:00.000Z',
        authorName: 'Sam Rivera',
        pinned: false,
        conflictOf: null,
      },
    });
  });

  it('patches only the changed field, based on the revision it edited', async () => {
    const edited = await writer.editNote('note-1', 'Dana wants more calls and a QBR');
    expect(edited.body).toBe('Dana wants more calls and a QBR');
    expect(edited.rev).toBe(7);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => [e.op, e.id, e.fields, e.baseRev])).toEqual([
      ['patch', 'note-1', { body: 'Dana wants more calls and a QBR' }, 7],
    ]);
  });

  it('writes no outbox entry when nothing changed', async () => {
    await writer.editNote('note-1', 'Dana wants more calls');
    expect(await pendingCount(db)).toBe(0);
  });

  it('deletes a note locally and queues the delete', async () => {
    await writer.deleteNote('note-1');
    expect(await db.notes.get('note-1')).toBeUndefined();
    expect((await db.outbox.toArray()).map((e) => [e.op, e.id, e.fields])).toEqual([['delete', 'note-1', {}]]);
  });

  it('keeps push order equal to write order', async () => {
    await writer.addTask({ accountId: 'acc-1', title: 'Book QBR' });
    clock.set('2026-09-01T12:05:00.000Z');
    await writer.setTaskStatus('task-1', 'done');
    await writer.updateContact('ctc-1', { interests: 'cycling, jazz' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.seq, e.table, e.op])).toEqual([
      [1, 'tasks', 'upsert'],
      [2, 'tasks', 'patch'],
      [3, 'contacts', 'patch'],
    ]);
    expect(entries[1]!.fields).toEqual({ status: 'done', completedAt: '2026-09-01T12:05:00.000Z' });
    expect(entries[2]!.fields).toEqual({ interests: 'cycling, jazz' });
  });

  it('keeps when a task was first completed if it is marked done again', async () => {
    await writer.setTaskStatus('task-1', 'done');
    clock.set('2026-09-03T08:00:00.000Z');
    const again = await writer.setTaskStatus('task-1', 'done');
    expect(again.completedAt).toBe('2026-09-01T12:00:00.000Z');
    expect(await pendingCount(db)).toBe(1);
    const reopened = await writer.setTaskStatus('task-1', 'open');
    expect(reopened.completedAt).toBeNull();
    expect((await db.outbox.toArray()).map((e) => e.fields)).toEqual([
      { status: 'done', completedAt: '2026-09-01T12:00:00.000Z' },
      { status: 'open', completedAt: null },
    ]);
  });

  it('saves who a task is for with the row and its outbox entry; a new task is internal unless marked', async () => {
    const plain = await writer.addTask({ accountId: 'acc-1', title: 'Prepare the QBR deck' });
    const shared = await writer.addTask({ accountId: 'acc-1', title: 'Launch the page', audience: 'client' });
    // The seeded task-1 has no audience (a row from before the field) and is marked later.
    expect((await db.tasks.get('task-1'))!.audience).toBeUndefined();
    await writer.setTaskAudience('task-1', 'client');
    expect([plain.audience, shared.audience, (await db.tasks.get('task-1'))!.audience]).toEqual([
      'internal',
      'client',
      'client',
    ]);
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.op, e.fields.audience])).toEqual([
      ['upsert', 'internal'],
      ['upsert', 'client'],
      ['patch', 'client'],
    ]);
    await expect(writer.patchRow('tasks', 'task-1', { audience: 'everyone' as never })).rejects.toThrow(StoreError);
  });

  it('logs a touchpoint and returns the saved row', async () => {
    const call = await writer.logActivity({
      accountId: 'acc-1',
      kind: 'call',
      status: 'completed',
      direction: 'outbound',
      at: '2026-09-01T11:00:00.000Z',
      durationMinutes: 20,
      subject: 'Follow-up on leads',
      outcome: 'Agreed to test call tracking',
      attendeeIds: ['ctc-1'],
      insight: null,
    });
    expect(await db.activities.get(call.id)).toEqual(call);
    expect(await pendingCount(db)).toBe(1);
  });
});

describe('a write that fails', () => {
  it('leaves neither the row nor the outbox entry when the outbox add fails mid-transaction', async () => {
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(writer.addNote('acc-1', 'Will not be saved')).rejects.toMatchObject({
      code: 'storage',
      message: "Fieldbook couldn't save this change (disk full). Nothing was changed; try again.",
    });
    await expect(writer.editNote('note-1', 'Changed')).rejects.toThrow('disk full');
    expect(await db.notes.count()).toBe(1);
    expect((await db.notes.get('note-1'))!.body).toBe('Dana wants more calls');
    expect(await pendingCount(db)).toBe(0);
  });

  it('leaves neither when the summary update fails after the row and outbox were written', async () => {
    db.accountSummaries.hook('updating', () => {
      throw new Error('quota exceeded');
    });
    await expect(writer.setTaskStatus('task-1', 'done')).rejects.toThrow('quota exceeded');
    expect((await db.tasks.get('task-1'))!.status).toBe('open');
    expect(await pendingCount(db)).toBe(0);
  });

  it('says the disk is full in plain words when storage quota runs out', async () => {
    db.notes.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(writer.addNote('acc-1', 'Too big for the disk')).rejects.toMatchObject({
      code: 'storage',
      message: 'Your disk is full, so this change was not saved. Free some space and try again; nothing else was lost.',
    });
    expect(await db.notes.count()).toBe(1);
    expect(await pendingCount(db)).toBe(0);
  });

  it('refuses an invalid row with a message a CSM understands and writes nothing', async () => {
    const error = await writer.addNote('acc-1', '   ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message).toBe("The note can't be saved: body is empty.");
    await expect(writer.updateContact('ctc-1', { birthday: '13-40' })).rejects.toThrow(
      "The contact can't be saved: birthday is not a birthday (MM-DD).",
    );
    expect((await db.contacts.get('ctc-1'))!.birthday).toBe('04-12');
    expect(await db.notes.count()).toBe(1);
    expect(await pendingCount(db)).toBe(0);
  });

  it('refuses rows of accounts not in the book, and changes to ids, scope or server fields', async () => {
    await expect(writer.addNote('acc-404', 'Hello')).rejects.toThrow('That account is no longer in your book.');
    await expect(writer.editNote('note-404', 'Hello')).rejects.toThrow('That note is no longer in your book.');
    await expect(writer.patchRow('notes', 'note-1', { accountId: 'acc-2' } as never)).rejects.toThrow(
      "These fields can't be changed here: accountId.",
    );
    await expect(writer.patchRow('accounts', 'acc-1', { ownerId: 'u-lee' })).rejects.toMatchObject({
      code: 'read_only_field',
    });
    expect(await pendingCount(db)).toBe(0);
  });
});
