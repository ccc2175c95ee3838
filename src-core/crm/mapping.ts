import { z } from 'zod';
import { validateWith, type Validated } from '../model';
import { isTimeZone } from '../time';
import type { ImportOptions, VocabKind } from './types';
import { LEAVE_OUT, VOCAB_TARGETS, guessVocab, vocabKey } from './vocab';

/**
 * The CSM's mapping: which column feeds which field (per kind of file), what each CRM value means
 * in Fieldbook, and how the file writes dates and amounts. The app saves it for next time; the
 * admin CLI reads it with `--mapping FILE.json`. Anything not in it is recognised afresh.
 */
export const IMPORT_MAPPING_FORMAT = 'fieldbook-import-mapping/1';

const headerKey = z.string().max(200);
const vocabTable = (kind: VocabKind) =>
  z.record(headerKey, z.enum([LEAVE_OUT, ...VOCAB_TARGETS[kind]] as [string, ...string[]]));

export const importMappingSchema = z.strictObject({
  format: z.literal(IMPORT_MAPPING_FORMAT),
  /** File kind id → field → header key (null: this field is not imported). */
  columns: z.record(z.string().max(80), z.record(z.string().max(60), headerKey.nullable())),
  vocab: z.strictObject({
    opportunityStage: vocabTable('opportunityStage').optional(),
    opportunityKind: vocabTable('opportunityKind').optional(),
    activityKind: vocabTable('activityKind').optional(),
    tier: vocabTable('tier').optional(),
    metric: vocabTable('metric').optional(),
    channel: vocabTable('channel').optional(),
  }),
  options: z.strictObject({
    dateOrder: z.enum(['mdy', 'dmy']).optional(),
    decimalMark: z.enum(['.', ',']).optional(),
    amountPeriod: z.enum(['monthly', 'annual']).optional(),
    timeZone: z.string().max(64).refine(isTimeZone, { message: 'is not a time zone' }).optional(),
  }),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export function emptyMapping(): ImportMapping {
  return { format: IMPORT_MAPPING_FORMAT, columns: {}, vocab: {}, options: {} };
}

export function parseImportMapping(input: unknown): Validated<ImportMapping> {
  return validateWith(importMappingSchema, input);
}

/** Fieldbook's value for a CRM value: the CSM's choice, else the built-in guess, else null. */
export function mappedVocab(mapping: ImportMapping, kind: VocabKind, raw: string): string | null {
  const chosen = mapping.vocab[kind]?.[vocabKey(raw)];
  return chosen ?? guessVocab(kind, raw);
}

export function withColumn(mapping: ImportMapping, kindId: string, field: string, key: string | null): ImportMapping {
  const columns = { ...mapping.columns, [kindId]: { ...mapping.columns[kindId], [field]: key } };
  return { ...mapping, columns };
}

export function withVocab(mapping: ImportMapping, kind: VocabKind, raw: string, value: string): ImportMapping {
  return { ...mapping, vocab: { ...mapping.vocab, [kind]: { ...mapping.vocab[kind], [vocabKey(raw)]: value } } };
}

export function withOptions(mapping: ImportMapping, options: Partial<ImportOptions>): ImportMapping {
  return { ...mapping, options: { ...mapping.options, ...options } };
}
