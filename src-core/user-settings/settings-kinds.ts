import { describeIssues } from '../model/validation';
import { DEFAULT_PLAYBOOKS } from '../playbooks/default-playbooks';
import type { Playbook } from '../playbooks/playbook-schema';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { settingsSchema, type Settings } from '../settings/settings-schema';
import { brandingSchema, DEFAULT_BRANDING_SETTINGS, type Branding } from './branding';
import { applyOps, isPlainObject, opsToward, overlay, type Layer, type LayerOp } from './layers';
import { playbookLayerSchema, playbookOpsToward, resolvePlaybooks } from './playbook-layer';
import { describePath, resolveLayers, type NamedLayer } from './resolve';

/**
 * What follows a CSM from laptop to laptop: their settings (targets, health, cadence, business
 * hours, comp plan…), their deck branding and their playbooks. Each is the defaults, then the
 * team's layer (set by an admin), then the CSM's own layer.
 *
 * The merge rule, one for all three: the CSM's value beats the team's, which beats the default —
 * per field for settings (every target, weight, hour…) and branding (name, each colour, font,
 * logo), per playbook for playbooks.
 */
export const SETTINGS_KINDS = ['settings', 'branding', 'playbooks'] as const;
export type SettingsKind = (typeof SETTINGS_KINDS)[number];
export const LAYER_SCOPES = ['team', 'user'] as const;
export type LayerScope = (typeof LAYER_SCOPES)[number];

export type KindLayers = Record<LayerScope, Layer | null>;
export type SettingsLayers = Record<SettingsKind, KindLayers>;

export interface EffectiveSettings {
  settings: Settings;
  branding: Branding;
  playbooks: Playbook[];
  /** Stored values that could not be used, per kind, in plain words. */
  problems: Record<SettingsKind, string[]>;
}

export const NO_LAYERS: SettingsLayers = {
  settings: { team: null, user: null },
  branding: { team: null, user: null },
  playbooks: { team: null, user: null },
};

/**
 * How deep a field goes, per kind: every leaf of the settings tree; branding's top-level fields
 * (the logo is one field, not its bytes); one playbook (`edited.<id>`, `removed.<id>`).
 */
export const FIELD_DEPTH: Record<SettingsKind, number> = {
  settings: Number.POSITIVE_INFINITY,
  branding: 1,
  playbooks: 2,
};

const named = (layers: KindLayers, withUser = true): NamedLayer[] => [
  { name: 'Your team’s value', layer: layers.team },
  ...(withUser ? [{ name: 'Your value', layer: layers.user }] : []),
];

function resolveKind(kind: SettingsKind, layers: KindLayers, withUser: boolean) {
  if (kind === 'settings') return resolveLayers(DEFAULT_SETTINGS, settingsSchema, named(layers, withUser));
  if (kind === 'branding') return resolveLayers(DEFAULT_BRANDING_SETTINGS, brandingSchema, named(layers, withUser));
  return resolvePlaybooks(DEFAULT_PLAYBOOKS, named(layers, withUser));
}

export function effectiveSettings(layers: SettingsLayers): EffectiveSettings {
  const settings = resolveKind('settings', layers.settings, true);
  const branding = resolveKind('branding', layers.branding, true);
  const playbooks = resolveKind('playbooks', layers.playbooks, true);
  return {
    settings: settings.value as Settings,
    branding: branding.value as Branding,
    playbooks: playbooks.value as Playbook[],
    problems: { settings: settings.problems, branding: branding.problems, playbooks: playbooks.problems },
  };
}

/** What the CSM would have without their own layer: the defaults and the team's values. */
export function teamValue(kind: SettingsKind, layers: KindLayers): Settings | Branding | Playbook[] {
  return resolveKind(kind, layers, false).value;
}

/** The ops that make the CSM's own layer hold exactly what differs between `wanted` and the team's value. */
export function opsForWanted(kind: SettingsKind, layers: KindLayers, wanted: unknown): LayerOp[] {
  const base = teamValue(kind, layers);
  const current = layers.user ?? {};
  if (kind === 'playbooks') return playbookOpsToward(base as Playbook[], current, wanted as Playbook[]);
  return opsToward(base, current, wanted, FIELD_DEPTH[kind]);
}

export type LayerCheck = { ok: true; layer: Layer } | { ok: false; problems: string[] };

/**
 * The strict check every write passes, on the laptop and on the server: a layer may name only
 * fields the app has, and what it sets must pass the one schema on top of what lies beneath it
 * (the defaults for the team's layer; the defaults and the team's layer for a CSM's).
 */
export function checkLayer(kind: SettingsKind, scope: LayerScope, layer: unknown, team: Layer | null): LayerCheck {
  if (!isPlainObject(layer)) return { ok: false, problems: ['is not a settings document'] };
  if (kind === 'playbooks') {
    const parsed = playbookLayerSchema.safeParse(layer);
    return parsed.success ? { ok: true, layer } : { ok: false, problems: describeIssues(parsed.error) };
  }
  const defaults = kind === 'settings' ? DEFAULT_SETTINGS : DEFAULT_BRANDING_SETTINGS;
  const unknown = unknownPaths(layer, defaults);
  if (unknown.length > 0)
    return { ok: false, problems: unknown.map((p) => `${describePath(p)} is not a ${kind} field`) };
  const base = scope === 'user' ? teamValue(kind, { team, user: null }) : defaults;
  const schema = kind === 'settings' ? settingsSchema : brandingSchema;
  const parsed = schema.safeParse(overlay(base, layer));
  return parsed.success ? { ok: true, layer } : { ok: false, problems: describeIssues(parsed.error) };
}

/** Paths in a layer that the defaults do not have: fields that do not exist. */
export function unknownPaths(layer: Layer, shape: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(shape)) return [];
  return Object.entries(layer).flatMap(([k, v]) => {
    if (!Object.hasOwn(shape, k)) return [[...prefix, k]];
    return isPlainObject(v) ? unknownPaths(v, shape[k], [...prefix, k]) : [];
  });
}

/** The CSM's layer that gives `wanted` over the defaults alone: what a local book's settings are. */
export function layerOfValue(kind: SettingsKind, wanted: unknown): Layer {
  return applyOps({}, opsForWanted(kind, NO_LAYERS[kind], wanted));
}
