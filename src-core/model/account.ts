import { z } from 'zod';
import { ACCOUNT_SIGNALS, STAGES, TIERS } from './enums';
import { externalFields } from './external';
import { id, isoDate, nonEmptyText, syncFields, text } from './primitives';

export const accountSignalSchema = z.strictObject({
  kind: z.enum(ACCOUNT_SIGNALS),
  date: isoDate,
  note: text(2_000),
});

/** A client account: the unit of scope for sync and the row every other row hangs from. */
export const accountSchema = z.strictObject({
  ...syncFields,
  name: nonEmptyText(200),
  industry: nonEmptyText(100),
  tier: z.enum(TIERS),
  stage: z.enum(STAGES),
  /** Set by the server from the owning CSM; a CSM can never change it (DESIGN §5). */
  ownerId: id,
  ownerName: text(200),
  city: text(100),
  region: text(100),
  website: text(300),
  timezone: text(64),
  /** Client since. */
  startedAt: isoDate,
  churnedAt: isoDate.nullable(),
  /** The CSM's own read of the relationship, 1 (poor) to 5 (great); null when not given. */
  pulse: z.number().int().min(1).max(5).nullable(),
  signals: z.array(accountSignalSchema).max(100),
  ...externalFields,
});

export type Account = z.infer<typeof accountSchema>;
export type AccountSignal = z.infer<typeof accountSignalSchema>;
