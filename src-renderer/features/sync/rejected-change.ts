import { ROW_WORDS, type RejectedEntry } from '../../store';

/** How the couldn't-sync list names a refused change: what it was, on which account, why. */

/** The field a CSM recognises a row by, in order of preference. */
const LABEL_FIELDS = ['body', 'title', 'subject', 'name', 'comment', 'reason', 'note'];

const REASON_WORDS: Record<string, string> = {
  validation: 'Invalid',
  out_of_scope: 'Not in your book',
  forbidden: 'Not allowed',
  not_found: 'Deleted on the server',
};

export interface RejectedChangeWords {
  /** "New note", "Edit to task", "Deleted activity". */
  what: string;
  /** A short excerpt of the row, or '' when it has nothing to show. */
  excerpt: string;
  account: string;
  reason: string;
  message: string;
}

export function describeRejected(entry: RejectedEntry, accountName: string | null): RejectedChangeWords {
  const thing = ROW_WORDS[entry.table] ?? entry.table;
  const what = entry.op === 'delete' ? `Deleted ${thing}` : entry.op === 'patch' ? `Edit to ${thing}` : `New ${thing}`;
  const label = LABEL_FIELDS.map((f) => entry.fields[f]).find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const excerpt = label ? (label.length > 120 ? `${label.slice(0, 119)}…` : label) : '';
  return {
    what,
    excerpt,
    account: accountName ?? 'An account no longer in your book',
    reason: REASON_WORDS[entry.reason] ?? entry.reason,
    message: entry.message,
  };
}

/** Fields a CSM can correct in place: text, numbers and yes/no values (not ids, not lists). */
export type EditableValue = string | number | boolean | null;

export function editableFields(entry: RejectedEntry): Array<[string, EditableValue]> {
  if (entry.op === 'delete') return [];
  return Object.entries(entry.fields).filter(
    (pair): pair is [string, EditableValue] =>
      pair[0] !== 'id' &&
      pair[0] !== 'accountId' &&
      (pair[1] === null || ['string', 'number', 'boolean'].includes(typeof pair[1])),
  );
}

/** The edits as the field types they replace: a number field stays a number (or the text, so the server can refuse it). */
export function editedValues(
  original: Array<[string, EditableValue]>,
  edits: Record<string, string | boolean>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [field, before] of original) {
    if (!(field in edits)) continue;
    const after = edits[field]!;
    if (typeof before === 'number' && typeof after === 'string')
      changed[field] = after.trim() !== '' && Number.isFinite(Number(after)) ? Number(after) : after;
    else if (before === null && after === '') changed[field] = null;
    else changed[field] = after;
  }
  return changed;
}

/** `durationMinutes` → "Duration minutes": field names as the edit form labels them. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
