import { describe, expect, it } from 'vitest';
import {
  describeRejected,
  editableFields,
  editedValues,
  fieldLabel,
} from '../../../../src-renderer/features/sync/rejected-change';
import type { RejectedEntry } from '../../../../src-renderer/store';

function refused(overrides: Partial<RejectedEntry> = {}): RejectedEntry {
  return {
    mutationId: 'm-1',
    table: 'notes',
    op: 'upsert',
    id: 'note-9',
    accountId: 'acc-1',
    seq: 4,
    fields: {
      accountId: 'acc-1',
      body: 'Call Dana before the QBR',
      pinned: false,
      createdAt: '2026-09-01T10:00:00.000Z',
      conflictOf: null,
    },
    createdAt: '2026-09-01T10:00:00.000Z',
    reason: 'out_of_scope',
    message: 'This account is no longer in your book, so the change could not be saved.',
    rejectedAt: '2026-09-02T08:00:00.000Z',
    ...overrides,
  };
}

describe('a change that could not sync, in words', () => {
  it('says what it was, on which account, and why', () => {
    expect(describeRejected(refused(), 'Northside HVAC')).toEqual({
      what: 'New note',
      excerpt: 'Call Dana before the QBR',
      account: 'Northside HVAC',
      reason: 'Not in your book',
      message: 'This account is no longer in your book, so the change could not be saved.',
    });
    const edit = refused({
      table: 'tasks',
      op: 'patch',
      fields: { status: 'done', title: 'Send the audit email' },
      reason: 'validation',
    });
    expect(describeRejected(edit, null)).toMatchObject({
      what: 'Edit to task',
      excerpt: 'Send the audit email',
      account: 'An account no longer in your book',
      reason: 'Invalid',
    });
    expect(describeRejected(refused({ table: 'timeEntries', op: 'delete', fields: {} }), 'X')).toMatchObject({
      what: 'Deleted time entry',
      excerpt: '',
    });
  });

  it('cuts a long excerpt with an ellipsis', () => {
    const words = describeRejected(refused({ fields: { body: 'x'.repeat(300) } }), 'A');
    expect(words.excerpt).toBe(`${'x'.repeat(119)}…`);
  });

  it('offers text, numbers and yes/no fields for editing, never ids or lists', () => {
    const entry = refused({
      table: 'timeEntries',
      fields: {
        accountId: 'acc-1',
        id: 'te-1',
        minutes: -30,
        note: 'Prep',
        billable: true,
        tags: ['a'],
        date: '2026-09-01',
      },
    });
    expect(editableFields(entry)).toEqual([
      ['minutes', -30],
      ['note', 'Prep'],
      ['billable', true],
      ['date', '2026-09-01'],
    ]);
    expect(editableFields(refused({ op: 'delete' }))).toEqual([]);
  });

  it('keeps an edited number a number, and text the server can judge otherwise', () => {
    const fields = editableFields(
      refused({ table: 'timeEntries', fields: { minutes: -30, note: 'Prep', billable: true, dueDate: null } }),
    );
    expect(editedValues(fields, { minutes: '45', billable: false })).toEqual({ minutes: 45, billable: false });
    expect(editedValues(fields, { minutes: 'forty', note: 'Prep for QBR', dueDate: '' })).toEqual({
      minutes: 'forty',
      note: 'Prep for QBR',
      dueDate: null,
    });
  });
});

it('labels fields in words', () => {
  expect(['body', 'durationMinutes', 'nextMeetingAt', 'csat'].map(fieldLabel)).toEqual([
    'Body',
    'Duration minutes',
    'Next meeting at',
    'Csat',
  ]);
});
