import { cellLine, cellText, fitCell } from './cell-text';
import type { FileKind, RowContext } from './file-kind';
import type { Header } from './headers';
import { mappedVocab, type ImportMapping } from './mapping';
import type { ImportOptions, VocabKind, VocabUse } from './types';
import { vocabKey } from './vocab';

/** Distinct values remembered per vocabulary and file, for the mapping table. */
const MAX_VOCAB_VALUES = 500;

export interface FileReading {
  file: string;
  now: string;
  options: ImportOptions;
  mapping: ImportMapping;
  columns: ReadonlyMap<string, { header: Header | null }>;
  vocab: Map<string, VocabUse>;
  cutCells: number;
}

/** A row context whose cells the reader swaps for each record: one object per file, not per row. */
export interface MovableRowContext extends RowContext {
  moveTo(cells: readonly string[], row: number): void;
}

/** A file's rows seen through its column mapping. */
export function rowContext(reading: FileReading): MovableRowContext {
  let cells: readonly string[] = [];
  const raw = (field: string) => {
    const header = reading.columns.get(field)?.header;
    return header ? (cells[header.index] ?? '') : '';
  };
  return {
    file: reading.file,
    row: 0,
    now: reading.now,
    options: reading.options,
    moveTo(next, row) {
      cells = next;
      this.row = row;
    },
    text: (field) => cellText(raw(field)),
    line: (field) => cellLine(raw(field)),
    has: (field) => !!reading.columns.get(field)?.header,
    column: (field) => reading.columns.get(field)?.header?.label ?? field,
    fit(text, max) {
      const fitted = fitCell(text, max);
      if (fitted.cut) reading.cutCells += 1;
      return fitted.text;
    },
    vocab: (kind, value) => lookUp(reading, kind, value),
  };
}

function lookUp(reading: FileReading, kind: VocabKind, value: string): string | null {
  const seen = reading.vocab.get(`${kind}\u0001${value}`);
  if (seen) {
    seen.rows += 1;
    return seen.mapped;
  }
  const mapped = mappedVocab(reading.mapping, kind, value);
  const key = `${kind}\u0001${vocabKey(value)}`;
  const use = reading.vocab.get(key);
  if (use) use.rows += 1;
  else if (reading.vocab.size < MAX_VOCAB_VALUES) {
    const entry = { vocab: kind, value, rows: 1, mapped };
    reading.vocab.set(key, entry);
    // The same text again is looked up as it is, without normalising it.
    reading.vocab.set(`${kind}\u0001${value}`, entry);
  }
  return mapped;
}

/** The summary's column table: each field, the column feeding it, and where that choice came from. */
export function columnUses(kind: FileKind, columns: ReadonlyMap<string, { header: Header | null; from: string }>) {
  return kind.fields.map((f) => {
    const use = columns.get(f.key);
    return {
      field: f.key,
      label: f.label,
      column: use?.header?.label ?? null,
      from: (use?.from ?? 'none') as 'recognised' | 'saved' | 'none',
      required: !!f.required,
    };
  });
}
