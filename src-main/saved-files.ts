import type { ShellSettingsStore } from './shell-settings';

/**
 * "Reveal in folder" and "Open" act only on files main itself wrote: the renderer holds an
 * opaque id, never a path, so it cannot ask the OS to open an arbitrary file.
 */
const MAX_REMEMBERED = 200;

export class SavedFiles {
  constructor(
    private readonly settings: ShellSettingsStore,
    private readonly newId: () => string,
  ) {}

  async remember(path: string): Promise<string> {
    const id = this.newId();
    const others = this.settings.get().savedFiles.filter((f) => f.path !== path);
    await this.settings.update({ savedFiles: [{ id, path }, ...others].slice(0, MAX_REMEMBERED) });
    return id;
  }

  pathOf(id: string): string | null {
    return this.settings.get().savedFiles.find((f) => f.id === id)?.path ?? null;
  }
}
