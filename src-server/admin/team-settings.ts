import { DEFAULT_PLAYBOOKS, checkPlaybookList } from '../../src-core/playbooks';
import {
  checkLayer,
  FIELD_DEPTH,
  isPlainObject,
  leafPaths,
  normalizeHex,
  playbookLayerOf,
  SETTINGS_KINDS,
  type Layer,
  type SettingsKind,
} from '../../src-core/user-settings';
import type { Db } from '../db/adapter';
import { writeLayer } from '../settings/settings-layers';
import { writeTransaction } from '../store/write-transaction';
import { AdminError } from './admin-error';

/**
 * Team-wide values an admin sets from a file: every user receives them at their next sync, and
 * each user's own values still win field by field (per playbook for playbooks). Setting replaces
 * the team's whole layer for that kind; clearing removes it, so the defaults show through.
 */
export type TeamSettingsRequest =
  | { command: 'set-team-settings'; settings: unknown }
  | { command: 'set-team-branding'; branding: unknown }
  | { command: 'set-team-playbooks'; playbooks: unknown }
  | { command: 'clear-team-settings'; kind: string };

export const TEAM_SETTINGS_COMMANDS = [
  'set-team-settings',
  'set-team-branding',
  'set-team-playbooks',
  'clear-team-settings',
] as const;

const KIND_WORDS: Record<SettingsKind, string> = {
  settings: 'Team settings',
  branding: 'Team branding',
  playbooks: 'Team playbooks',
};

export async function runTeamSettings(db: Db, request: TeamSettingsRequest, now: string): Promise<string> {
  const { kind, layer } = layerOf(request);
  const checked = checkLayer(kind, 'team', layer, null);
  if (!checked.ok) throw new AdminError(`${KIND_WORDS[kind]} refused: ${checked.problems.slice(0, 3).join('; ')}.`);
  const rev = await writeTransaction(db, (tx) =>
    writeLayer(tx, { scope: 'team', userId: 'admin', kind, layer: checked.layer, now }),
  );
  const fields = kind === 'playbooks' ? null : leafPaths(checked.layer, FIELD_DEPTH[kind]);
  if (request.command === 'clear-team-settings')
    return `${KIND_WORDS[kind]} cleared (revision ${rev}); everyone has the defaults or their own values.`;
  const what =
    kind === 'playbooks'
      ? `${(request as { playbooks: unknown[] }).playbooks.length} playbooks`
      : `${fields!.length} field${fields!.length === 1 ? '' : 's'} (${fields!.map((p) => p.join('.')).join(', ')})`;
  return `${KIND_WORDS[kind]} set: ${what}, revision ${rev}. Every user receives them at their next sync.`;
}

function layerOf(request: TeamSettingsRequest): { kind: SettingsKind; layer: Layer } {
  switch (request.command) {
    case 'set-team-settings':
      return { kind: 'settings', layer: objectOf(request.settings, 'The settings file') };
    case 'set-team-branding':
      return { kind: 'branding', layer: normaliseColours(objectOf(request.branding, 'The branding file')) };
    case 'set-team-playbooks': {
      const list = checkPlaybookList(request.playbooks);
      if (!list.ok) throw new AdminError(`Team playbooks refused: ${list.problems.slice(0, 3).join('; ')}.`);
      return { kind: 'playbooks', layer: playbookLayerOf(DEFAULT_PLAYBOOKS, list.playbooks) };
    }
    case 'clear-team-settings': {
      const kind = SETTINGS_KINDS.find((k) => k === request.kind);
      if (!kind) throw new AdminError(`--kind must be settings, branding or playbooks, not "${request.kind}".`);
      return { kind, layer: {} };
    }
    default:
      throw new AdminError(`Unknown command ${(request as { command: string }).command}.`);
  }
}

function objectOf(value: unknown, what: string): Layer {
  if (!isPlainObject(value)) throw new AdminError(`${what} must hold one JSON object ({ … }).`);
  return value;
}

/** `#1f3a5f` in a file is the colour 1F3A5F; anything else is left for the schema to refuse. */
function normaliseColours(layer: Layer): Layer {
  const out = { ...layer };
  for (const key of ['primaryColor', 'accentColor'])
    if (typeof out[key] === 'string') out[key] = normalizeHex(out[key] as string) ?? out[key];
  return out;
}
