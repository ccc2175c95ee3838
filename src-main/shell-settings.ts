import { z } from 'zod';
import { serial } from './serial';

/**
 * What main itself must remember between launches, before the renderer runs: the team server
 * (the CSP is built from it), the folder the CSM chose for saving, opt-ins, the window's place
 * and the files main wrote (only those may be revealed or opened). Stored as JSON in userData.
 */
const windowState = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  maximized: z.boolean(),
});
const savedFile = z.object({ id: z.string(), path: z.string() });

export const shellSettingsSchema = z.object({
  teamServer: z.string().nullable().catch(null),
  saveFolder: z.string().nullable().catch(null),
  notificationsEnabled: z.boolean().catch(false),
  trayEnabled: z.boolean().catch(false),
  window: windowState.nullable().catch(null),
  savedFiles: z.array(savedFile).catch([]),
});

export type ShellSettings = z.infer<typeof shellSettingsSchema>;

export const DEFAULT_SHELL_SETTINGS: ShellSettings = {
  teamServer: null,
  saveFolder: null,
  notificationsEnabled: false,
  trayEnabled: false,
  window: null,
  savedFiles: [],
};

/** Settings from the file's text; anything unreadable falls back to its default, never throws. */
export function parseShellSettings(text: string | null): ShellSettings {
  if (!text) return { ...DEFAULT_SHELL_SETTINGS };
  try {
    const parsed = shellSettingsSchema.safeParse({ ...DEFAULT_SHELL_SETTINGS, ...(JSON.parse(text) as object) });
    return parsed.success ? parsed.data : { ...DEFAULT_SHELL_SETTINGS };
  } catch {
    return { ...DEFAULT_SHELL_SETTINGS };
  }
}

export interface SettingsIo {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export class ShellSettingsStore {
  private readonly inOrder = serial();

  private constructor(
    private current: ShellSettings,
    private readonly io: SettingsIo,
  ) {}

  static async load(io: SettingsIo): Promise<ShellSettingsStore> {
    return new ShellSettingsStore(parseShellSettings(await io.read()), io);
  }

  get(): ShellSettings {
    return this.current;
  }

  async update(patch: Partial<ShellSettings>): Promise<ShellSettings> {
    this.current = { ...this.current, ...patch };
    const snapshot = this.current;
    await this.inOrder(() => this.io.write(JSON.stringify(snapshot, null, 2)));
    return snapshot;
  }
}
