import { z } from 'zod';
import { id } from '../model/primitives';
import { FORBIDDEN_SEGMENTS, type Layer } from '../user-settings/layers';
import { LAYER_SCOPES, SETTINGS_KINDS, type LayerScope, type SettingsKind } from '../user-settings/settings-kinds';
import type { RejectReason } from './protocol';

/**
 * The settings routes beside DESIGN §8's pull and push (README: "Settings that follow you"):
 * `GET /v1/settings?since=REV` → the caller's own layers and the team's changed after REV;
 * `POST /v1/settings` → edits, each applied at most once (by `editId`), each with its result.
 * Both sides validate with these schemas and the layers with `checkLayer`.
 */

const segment = z
  .string()
  .min(1)
  .max(100)
  .refine((s) => !FORBIDDEN_SEGMENTS.has(s), { message: 'is not a field name' });

export const layerOpSchema = z.strictObject({
  path: z.array(segment).max(8),
  /** Absent: remove the field (with `path: []`, every field of the layer). */
  value: z.unknown().optional(),
});

export const MAX_OPS_PER_EDIT = 500;

export const settingsEditSchema = z.strictObject({
  editId: id,
  scope: z.enum(LAYER_SCOPES),
  kind: z.enum(SETTINGS_KINDS),
  ops: z.array(layerOpSchema).min(1).max(MAX_OPS_PER_EDIT),
});
export type SettingsEdit = z.infer<typeof settingsEditSchema>;

export const MAX_EDITS_PER_PUSH = 20;

export const settingsPushSchema = z.strictObject({
  clientId: id,
  edits: z.array(z.unknown()).min(1).max(MAX_EDITS_PER_PUSH),
});

export type SettingsEditResult =
  | { editId: string; status: 'applied' | 'duplicate'; rev: number }
  | { editId: string; status: 'rejected'; reason: RejectReason; message: string };

export interface SettingsPushResponse {
  results: SettingsEditResult[];
}

/** One stored layer; `{}` when it holds nothing (cleared). */
export interface SettingsLayerDoc {
  scope: LayerScope;
  kind: SettingsKind;
  rev: number;
  layer: Layer;
  updatedAt: string;
}

export interface SettingsPullResponse {
  /** Pass back as `since`: every layer changed up to this revision is in this reply or an earlier one. */
  rev: number;
  layers: SettingsLayerDoc[];
}

export const settingsLayerDocSchema = z.strictObject({
  scope: z.enum(LAYER_SCOPES),
  kind: z.enum(SETTINGS_KINDS),
  rev: z.number().int().min(0),
  layer: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});

export const settingsPullSchema = z.strictObject({
  rev: z.number().int().min(0),
  layers: z.array(settingsLayerDocSchema),
});
