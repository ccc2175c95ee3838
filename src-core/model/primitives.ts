import { z } from 'zod';

/**
 * Building blocks shared by every entity schema. They are strict on purpose: rows arrive
 * from HTTP, IPC, book files and CRM imports, and hostile values (NUL, lone surrogates,
 * NaN, year 10000) must be rejected with a reason rather than stored.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const MAX_SHORT_TEXT = 500;
export const MAX_LONG_TEXT = 100_000;

/** Text a CSM typed or a CRM exported: no control characters, no broken UTF-16, bounded. */
export function text(max = MAX_SHORT_TEXT) {
  return z
    .string()
    .max(max, { message: `is longer than ${max.toLocaleString('en-US')} characters` })
    .refine((s) => !FORBIDDEN_CHARS.test(s), { message: 'contains control characters' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'contains broken characters' });
}

export const nonEmptyText = (max = MAX_SHORT_TEXT) =>
  text(max).refine((s) => s.trim().length > 0, { message: 'is empty' });

export const id = z
  .string()
  .min(1, { message: 'is missing' })
  .max(100, { message: 'is too long for an id' })
  .regex(/^[A-Za-z0-9_.:-]+$/, { message: 'is not a valid id' });

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** The years any stored date may fall in; periods and imports outside them are refused. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

function realCalendarDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A calendar day, `YYYY-MM-DD`, between 1900 and 2200. */
export const isoDate = z.string().refine(
  (s) => {
    const m = DATE_RE.exec(s);
    return !!m && realCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  { message: 'is not a date (YYYY-MM-DD)' },
);

/** An instant, ISO 8601 with a zone, between 1900 and 2200. */
export const isoDateTime = z.string().refine(
  (s) => {
    const m = DATE_TIME_RE.exec(s);
    return !!m && realCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(s));
  },
  { message: 'is not a date and time (ISO 8601)' },
);

/** Money is always integer cents. */
export const cents = z
  .number({ message: 'is not a number' })
  .int({ message: 'must be whole cents' })
  .min(-1_000_000_000_00)
  .max(1_000_000_000_00);

export const nonNegativeCents = cents.refine((n) => n >= 0, { message: 'cannot be negative' });

export const finite = z
  .number({ message: 'is not a number' })
  .refine(Number.isFinite, { message: 'is not a finite number' });

/** Fields every synced row carries (DESIGN §3). `rev` is 0 until the server has assigned one. */
export const syncFields = {
  id,
  rev: z.number().int().min(0),
  deleted: z.boolean(),
  updatedAt: isoDateTime,
};

/** Every row but an account is scoped by its account. */
export const scopedFields = {
  ...syncFields,
  accountId: id,
};
