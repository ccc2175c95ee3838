import type { Header } from './headers';
import type {
  AccountRef,
  ContactRef,
  ImportOptions,
  ImportSource,
  ImportTable,
  IncomingRow,
  IssueKind,
  VocabKind,
} from './types';

/** A Fieldbook field a file's column can feed, and the header names (compact keys) that mean it. */
export interface FieldSpec {
  key: string;
  label: string;
  aliases: readonly string[];
  required?: boolean;
  vocab?: VocabKind;
}

/** What one data row becomes. */
export type MapOutcome =
  | { type: 'row'; row: Omit<IncomingRow, 'file' | 'row'> }
  | { type: 'kpi'; kpi: KpiValue }
  | { type: 'issue'; kind: IssueKind; reason: string };

/** One KPI value as a row states it, before it is folded into its week. */
export interface KpiValue {
  account: AccountRef;
  metric: string;
  channel: string;
  date: string;
  value: number | null;
  target: number | null;
}

/** One row's cells, read through the file's column mapping. */
export interface RowContext {
  readonly file: string;
  row: number;
  now: string;
  options: ImportOptions;
  /** The cell's text, cleaned; '' when the field has no column or the cell is empty. */
  text(field: string): string;
  /** As `text`, on one line. */
  line(field: string): string;
  has(field: string): boolean;
  /** The column a field reads, for messages: `Close Date "31/31/2026" is not a date`. */
  column(field: string): string;
  /** Text cut to `max` characters with "…"; the file's notes count how many cells were cut. */
  fit(text: string, max: number): string;
  /** The Fieldbook value a CRM value maps to; null when it has none (the row cannot be imported). */
  vocab(kind: VocabKind, raw: string): string | null;
}

export interface FileKind {
  id: string;
  source: Exclude<ImportSource, 'ics'>;
  label: string;
  table: ImportTable | 'metrics';
  fields: readonly FieldSpec[];
  /** Each group needs at least one of its fields found among the headers. */
  requires: readonly (readonly string[])[];
  /** Header keys that mean the file is something else (a Contacts file has no Stage). */
  excludes?: readonly string[];
  map(ctx: RowContext): MapOutcome;
}

export const issue = (kind: IssueKind, reason: string): MapOutcome => ({ type: 'issue', kind, reason });

/**
 * Which column feeds each field: the user's choice when they made one (by header key; null means
 * "not imported"), otherwise the first header matching the field's names. A column feeds one
 * field at most, claimed in the kind's field order.
 */
export function columnsFor(
  kind: FileKind,
  headers: readonly Header[],
  chosen: Readonly<Record<string, string | null>> = {},
): Map<string, { header: Header | null; from: 'recognised' | 'saved' | 'none' }> {
  const taken = new Set<number>();
  const out = new Map<string, { header: Header | null; from: 'recognised' | 'saved' | 'none' }>();
  for (const field of kind.fields) {
    if (Object.hasOwn(chosen, field.key)) {
      const key = chosen[field.key];
      const header = key === null ? null : (headers.find((h) => h.key === key) ?? null);
      if (key === null || header) {
        if (header) taken.add(header.index);
        out.set(field.key, { header, from: 'saved' });
        continue;
      }
    }
    const header = field.aliases.map((a) => headers.find((h) => h.key === a && !taken.has(h.index))).find(Boolean);
    if (header) taken.add(header.index);
    out.set(field.key, { header: header ?? null, from: header ? 'recognised' : 'none' });
  }
  return out;
}

/**
 * How well the headers fit a kind: null when a required group is missing or an excluded header is
 * present, else the number of fields found (the best-scoring kind wins).
 */
export function fitOf(kind: FileKind, headers: readonly Header[]): number | null {
  const keys = new Set(headers.map((h) => h.key));
  if (kind.excludes?.some((k) => keys.has(k))) return null;
  const found = new Set(kind.fields.filter((f) => f.aliases.some((a) => keys.has(a))).map((f) => f.key));
  if (!kind.requires.every((group) => group.some((f) => found.has(f)))) return null;
  return found.size;
}

/** An account reference from a CRM id column and/or a name column. */
export function accountRefOf(crm: 'salesforce' | 'hubspot', crmId: string | null, name: string): AccountRef | null {
  if (crmId) return name ? { crm, crmId, name } : { crm, crmId };
  return name ? { name } : null;
}

export function contactRefs(crm: 'salesforce' | 'hubspot', ids: (string | null)[], emails: string[]): ContactRef[] {
  return [
    ...ids.filter((id): id is string => !!id).map((crmId) => ({ crm, crmId })),
    ...emails.filter((e) => /@/.test(e)).map((email) => ({ email: email.toLowerCase() })),
  ];
}
