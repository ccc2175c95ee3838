import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { MAX_LOGO_BYTES } from '../../src-core/deck/logo';
import type { TeamSettingsRequest } from '../admin/team-settings';
import { UsageError, readJson, requireOption } from './args';

/**
 * `set-team-settings FILE.json` (any part of the settings), `set-team-branding FILE.json`
 * (`agencyName`, `primaryColor`, `accentColor`, `font`, `logo`: a PNG/JPEG path beside the file,
 * or null), `set-team-playbooks FILE.json` (the whole list, as Settings › Playbooks shows it),
 * `clear-team-settings --kind settings|branding|playbooks`.
 */
export function parseTeamSettingsArgs(
  command: TeamSettingsRequest['command'],
  values: Record<string, string | undefined>,
  file: string | undefined,
): TeamSettingsRequest {
  if (command === 'clear-team-settings') return { command, kind: requireOption(values, 'kind') };
  if (values.kind !== undefined) throw new UsageError(`--kind is only for clear-team-settings.`);
  if (!file) throw new UsageError(`Name the JSON file: ${command} FILE.json.`);
  if (command === 'set-team-settings') return { command, settings: readJson(file, 'a JSON settings file') };
  if (command === 'set-team-playbooks') return { command, playbooks: readJson(file, 'a JSON playbooks file') };
  return { command, branding: withLogoBytes(readJson(file, 'a JSON branding file'), file) };
}

/** The branding file names its logo by path (relative to the file); the request carries its bytes. */
function withLogoBytes(branding: unknown, file: string): unknown {
  if (typeof branding !== 'object' || branding === null || Array.isArray(branding)) return branding;
  const logo = (branding as { logo?: unknown }).logo;
  if (typeof logo !== 'string') return branding;
  const path = resolve(dirname(file), logo);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError(`Cannot read the logo ${logo}: no such file (paths are relative to ${basename(file)}).`);
  }
  if (size > MAX_LOGO_BYTES)
    throw new UsageError(`The logo ${logo} is ${(size / 1_000_000).toFixed(1)} MB; logos must be 1 MB or smaller.`);
  const bytes = readFileSync(path);
  return { ...branding, logo: { name: basename(path), base64: bytes.toString('base64') } };
}
