import { join } from 'node:path';

/**
 * Chromium keeps IndexedDB (the whole local book and outbox) under Electron's userData folder,
 * which defaults to the app's *name*. Pinning it to a fixed folder means renaming the product
 * or the package never strands a CSM's unsynced edits in an old folder.
 */
export const USER_DATA_FOLDER = 'Fieldbook';

export interface AppPathsLike {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
}

export function pinUserDataFolder(app: AppPathsLike): string {
  const folder = join(app.getPath('appData'), USER_DATA_FOLDER);
  app.setPath('userData', folder);
  return folder;
}
