import type { z } from 'zod';
import { TABLE_SCHEMAS, type RowOf, type TableName } from './tables';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Turns zod issues into sentences a CSM can act on: "renewalDate is not a date (YYYY-MM-DD)". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${path || 'value'} is missing`;
    if (issue.code === 'invalid_value') return `${path} must be one of ${issue.values.map(String).join(', ')}`;
    return `${path ? `${path} ` : ''}${issue.message}`.trim();
  });
}

export function validateWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describeIssues(result.error) };
}

export function validateRow<T extends TableName>(table: T, input: unknown): Validated<RowOf<T>> {
  return validateWith(TABLE_SCHEMAS[table], input) as Validated<RowOf<T>>;
}
