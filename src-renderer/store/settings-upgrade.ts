import type { Transaction } from 'dexie';
import { toBase64 } from '../../src-core/deck/logo';
import { checkPlaybookList } from '../../src-core/playbooks';
import {
  brandingSchema,
  DEFAULT_BRANDING_SETTINGS,
  FIELD_DEPTH,
  isPlainObject,
  layerOfValue,
  opsBetween,
  resolveLayers,
  type Layer,
  type SettingsKind,
} from '../../src-core/user-settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src-core/settings';

/** Settings from the book open before a first sign-in (a demo or imported book), to join the user's own. */
export interface CarryOver {
  from: 'demo' | 'file';
  layers: Partial<Record<SettingsKind, Layer>>;
  /** Kinds whose user already had values on the server: the CSM chooses in Settings. */
  ask: SettingsKind[];
  /** Set once compared with what the server holds. */
  checked: boolean;
}

/** Where versions 1–2 kept these values, in the book's meta table. */
const LEGACY_KEYS: Record<SettingsKind, string> = {
  settings: 'settings',
  branding: 'deckBranding',
  playbooks: 'playbooks',
};

/** A value an older version stored, as the CSM's layer over the defaults; null when it holds nothing usable. */
export function legacyLayer(kind: SettingsKind, value: unknown): Layer | null {
  if (value === undefined || value === null) return null;
  if (kind === 'playbooks') {
    const list = checkPlaybookList(value);
    return list.ok ? layerOfValue(kind, list.playbooks) : null;
  }
  if (!isPlainObject(value)) return null;
  const layer = kind === 'branding' ? legacyBranding(value) : value;
  const resolved =
    kind === 'settings'
      ? resolveLayers(DEFAULT_SETTINGS, settingsSchema, [{ name: 'Your value', layer }]).value
      : resolveLayers(DEFAULT_BRANDING_SETTINGS, brandingSchema, [{ name: 'Your value', layer }]).value;
  return layerOfValue(kind, resolved);
}

/** Versions 1–2 kept the logo's bytes; layers keep base64 (the same JSON on the laptop and the server). */
function legacyBranding(value: Record<string, unknown>): Layer {
  const logo = value.logo as { name?: unknown; bytes?: unknown } | null | undefined;
  const bytes = logo?.bytes instanceof Uint8Array ? logo.bytes : null;
  return {
    ...value,
    logo: bytes && typeof logo?.name === 'string' ? { name: logo.name, base64: toBase64(bytes) } : null,
  };
}

/**
 * Version 3's upgrade: a local book's (demo, file) values become its own layers; a team server
 * book's become settings edits waiting to sync, so they reach the server instead of staying on
 * this laptop. The meta records they came from are removed in the same upgrade transaction.
 */
export async function upgradeLocalSettings(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  const source = (await meta.get('bookSource'))?.value;
  const now = new Date().toISOString();
  for (const kind of Object.keys(LEGACY_KEYS) as SettingsKind[]) {
    const layer = legacyLayer(kind, (await meta.get(LEGACY_KEYS[kind]))?.value);
    await meta.delete(LEGACY_KEYS[kind]);
    if (!layer || Object.keys(layer).length === 0) continue;
    if (source === 'server') {
      await tx.table('settingsOutbox').add({
        editId: crypto.randomUUID(),
        scope: 'user',
        kind,
        // Field by field, so two laptops upgraded apart merge like any two edits (last writer per field).
        ops: opsBetween({}, layer, FIELD_DEPTH[kind]),
        createdAt: now,
      });
    } else {
      await tx.table('settingsLayers').put({ id: `user:${kind}`, scope: 'user', kind, rev: 0, layer });
    }
  }
}
