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

export function dayCell(ctx: RowContext, field: string): string | null {
  const text = ctx.line(field);
  if (!text) return null;
  const day = parseDay(text, ctx.options.dateOrder);
  if (!day) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not a date`);
  return day;
}

export function instantCell(ctx: RowContext, field: string, dateOnlyTime?: string): string | null {
  const text = ctx.line(field);
  if (!text) return null;
  const at = parseInstant(text, ctx.options.dateOrder, ctx.options.timeZone, dateOnlyTime);
  if (!at) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not a date and time`);
  return at;
}

export function moneyCell(ctx: RowContext, field: string): number | null {
  const text = ctx.line(field);
  if (!text) return null;
  const cents = parseMoney(text, ctx.options.decimalMark);
  if (cents === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not an amount`);
  return cents;
}

export function numberCell(ctx: RowContext, field: string): number | null {
  const text = ctx.line(field);
  if (!text) return null;
  const n = parseNumber(text, ctx.options.decimalMark);
  if (n === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not a number`);
  return n;
}

export function booleanCell(ctx: RowContext, field: string): boolean | null {
  if (!ctx.has(field)) return null;
  const text = ctx.line(field);
  const b = parseBoolean(text);
  if (b === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not yes or no`);
  return b;
}

export function minutesCell(ctx: RowContext, field: string, unit: 'minutes' | 'seconds' | 'milliseconds') {
  const text = ctx.line(field);
  if (!text) return null;
  const minutes = parseDurationMinutes(text, unit);
  if (minutes === null) throw new RowProblem(`${ctx.column(field)} ${quoted(text)} is not a duration`);
  return Math.min(minutes, 24 * 60);
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
