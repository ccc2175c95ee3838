import { z } from 'zod';
import { isoDateTime, text } from './primitives';

/**
 * Where a row came from outside Fieldbook: its record id in Salesforce (18 characters, the
 * case-safe form) or HubSpot (a number), or its calendar event's UID. An import finds the row
 * again by these, so re-importing an export changes nothing and an updated export updates in
 * place. A row with a CRM id is the CRM's: it is never exported back to it.
 */
export const externalIdsSchema = z.strictObject({
  salesforce: z
    .string()
    .regex(/^[A-Za-z0-9]{18}$/, { message: 'is not an 18-character Salesforce id' })
    .optional(),
  hubspot: z
    .string()
    .regex(/^\d{1,20}$/, { message: 'is not a HubSpot record id' })
    .optional(),
  calendar: text(1_000).optional(),
});

/** When a row was exported to each CRM ("Export for CRM"): each row goes to a CRM once. */
export const exportMarksSchema = z.strictObject({
  salesforce: isoDateTime.optional(),
  hubspot: isoDateTime.optional(),
});
export type ExportMarks = z.infer<typeof exportMarksSchema>;
export type ExportTarget = keyof ExportMarks;

/** Optional on every row that can come from or go to a CRM: older rows and books have neither. */
export const externalFields = { externalIds: externalIdsSchema.optional() };
export const exportFields = { exportedTo: exportMarksSchema.optional() };
