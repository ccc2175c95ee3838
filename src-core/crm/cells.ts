import { parseDay, parseInstant } from './dates';
import type { RowContext } from './file-kind';
import type { IssueKind, VocabKind } from './types';
import { LEAVE_OUT, VOCAB_LABELS } from './vocab';
import { parseBoolean, parseDurationMinutes, parseMoney, parseNumber } from './values';

/**
 * Typed reads of one row's cells. A cell that is there but cannot be read throws `RowProblem`
 * with a sentence naming the column and the value; the file reader turns it into that row's
 * reason. An empty cell is null: whether that is allowed is the caller's call.
 */
export class RowProblem extends Error {
  constructor(
    message: string,
    readonly kind: IssueKind = 'invalid',
  ) {
    super(message);
  }
}

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

export function requireLine(ctx: RowContext, field: string, what: string): string {
  const value = ctx.line(field);
  if (!value) throw new RowProblem(`${ctx.has(field) ? ctx.column(field) : what} is empty`);
  return value;
}

/** A cell read by `parse`: null when empty, the value, or the row's reason ("is not a date"). */
function parsedCell<T>(ctx: RowContext, field: string, parse: (text: string) => T | null, what: string): T | null {
  const text = ctx.line(field);
  if (!text) return null;
  const value = parse(text);
  if (value === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not ${what}`);
  return value;
}

export function dayCell(ctx: RowContext, field: string): string | null {
  return parsedCell(ctx, field, (t) => parseDay(t, ctx.options.dateOrder), 'a date');
}

export function instantCell(ctx: RowContext, field: string, dateOnlyTime?: string): string | null {
  const { dateOrder, timeZone } = ctx.options;
  return parsedCell(ctx, field, (t) => parseInstant(t, dateOrder, timeZone, dateOnlyTime), 'a date and time');
}

export function moneyCell(ctx: RowContext, field: string): number | null {
  return parsedCell(ctx, field, (t) => parseMoney(t, ctx.options.decimalMark), 'an amount');
}

export function numberCell(ctx: RowContext, field: string): number | null {
  return parsedCell(ctx, field, (t) => parseNumber(t, ctx.options.decimalMark), 'a number');
}

export function booleanCell(ctx: RowContext, field: string): boolean | null {
  if (!ctx.has(field)) return null;
  const text = ctx.line(field);
  const b = parseBoolean(text);
  if (b === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not yes or no`);
  return b;
}

export function minutesCell(ctx: RowContext, field: string, unit: 'minutes' | 'seconds' | 'milliseconds') {
  const minutes = parsedCell(ctx, field, (t) => parseDurationMinutes(t, unit), 'a duration');
  return minutes === null ? null : Math.min(minutes, 24 * 60);
}

/** A vocabulary cell: Fieldbook's value, or the row waits for the CSM to map it. */
export function vocabCell(ctx: RowContext, kind: VocabKind, field: string): string {
  const raw = ctx.line(field);
  const mapped = ctx.vocab(kind, raw);
  const shown = raw ? quoted(raw) : '(empty)';
  if (mapped === LEAVE_OUT) throw new RowProblem(`${VOCAB_LABELS[kind]} ${shown} is set to be left out`, 'skipped');
  if (mapped === null) {
    throw new RowProblem(
      `${VOCAB_LABELS[kind]} ${shown} has no Fieldbook ${VOCAB_LABELS[kind].toLowerCase()} yet: choose one in the mapping`,
    );
  }
  return mapped;
}

/** Fields to set only when the file has a column for them (an absent column changes nothing). */
export function present(ctx: RowContext, entries: Record<string, [field: string, value: () => unknown]>) {
  const out: Record<string, unknown> = {};
  for (const [target, [field, value]] of Object.entries(entries)) if (ctx.has(field)) out[target] = value();
  return out;
}
