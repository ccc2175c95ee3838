import { z } from 'zod';
import { AUDIENCES, HEALTH_BANDS, ONBOARDING_STEP_KEYS, TASK_SOURCES, TASK_STATUSES, TIME_CATEGORIES } from './enums';
import { exportFields, externalFields } from './external';
import { id, isoDate, isoDateTime, nonEmptyText, scopedFields, text } from './primitives';

export const taskSchema = z.strictObject({
  ...scopedFields,
  title: nonEmptyText(300),
  detail: text(5_000),
  dueDate: isoDate.nullable(),
  status: z.enum(TASK_STATUSES),
  source: z.enum(TASK_SOURCES),
  /** The playbook that created it, when it came from one. */
  playbookId: id.nullable(),
  completedAt: isoDateTime.nullable(),
  /**
   * 'client' puts the task in the client plan (slides, the monthly insight); anything else stays
   * with the CSM. Optional so rows written before it existed load, and read as internal.
   */
  audience: z.enum(AUDIENCES).optional(),
  ...externalFields,
});
export type Task = z.infer<typeof taskSchema>;

/** Timesheet minutes for one account, day and category (the seeds require daily timesheets). */
export const timeEntrySchema = z.strictObject({
  ...scopedFields,
  date: isoDate,
  minutes: z
    .number()
    .int()
    .min(1, { message: 'must be at least one minute' })
    .max(24 * 60),
  category: z.enum(TIME_CATEGORIES),
  note: text(1_000),
  ...exportFields,
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

/** A CSM's override of the computed band; it never outlives its expiry and never hides the score. */
export const healthOverrideSchema = z.strictObject({
  ...scopedFields,
  band: z.enum(HEALTH_BANDS),
  reason: nonEmptyText(1_000),
  createdAt: isoDateTime,
  expiresAt: isoDate,
  createdBy: text(200),
});
export type HealthOverride = z.infer<typeof healthOverrideSchema>;

export const onboardingStepSchema = z.strictObject({
  ...scopedFields,
  key: z.enum(ONBOARDING_STEP_KEYS),
  title: nonEmptyText(200),
  dueDate: isoDate,
  completedAt: isoDateTime.nullable(),
});
export type OnboardingStep = z.infer<typeof onboardingStepSchema>;
