import { z } from 'zod';
import { CONTACT_ROLES } from './enums';
import { externalFields } from './external';
import { nonEmptyText, scopedFields, text } from './primitives';

/** A stakeholder, with what the CSM should remember about them as a person. */
export const contactSchema = z.strictObject({
  ...scopedFields,
  name: nonEmptyText(200),
  title: text(200),
  role: z.enum(CONTACT_ROLES),
  email: text(320),
  phone: text(50),
  isPrimary: z.boolean(),
  /** `MM-DD`: the day matters, the year usually is not known and never shown. */
  birthday: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'is not a birthday (MM-DD)' })
    .nullable(),
  family: text(1_000),
  interests: text(1_000),
  personalNotes: text(5_000),
  ...externalFields,
});

export type Contact = z.infer<typeof contactSchema>;
