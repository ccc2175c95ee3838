/**
 * What to tell the CSM when the local book cannot be opened or written (RELIABILITY 21–23),
 * from the errors Dexie and IndexedDB raise. Pure: the screen shows `title` and `message` and
 * offers `actions`; the store decides how to carry them out.
 */
export type StoreRecoveryAction =
  | 'update-app'
  | 'free-space'
  | 'retry'
  | 'reload'
  | 'rebuild-from-server'
  | 'export-unsynced';

export interface StoreOpenProblem {
  kind: 'newer-version' | 'disk-full' | 'cannot-open' | 'changed-elsewhere' | 'unknown';
  title: string;
  message: string;
  actions: StoreRecoveryAction[];
}

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** Error names along Dexie's `inner` chain (Dexie wraps the IndexedDB error it received). */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const e = current as NamedError;
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner;
  }
  return names;
}

export function describeStoreOpenError(err: unknown): StoreOpenProblem {
  const names = errorNames(err);
  if (names.includes('VersionError')) {
    return {
      kind: 'newer-version',
      title: 'This book was saved by a newer Fieldbook',
      message:
        'This copy of Fieldbook is older than the one that last opened your book, so it will not open it and risk damaging it. Install the latest Fieldbook; your data is untouched.',
      actions: ['update-app'],
    };
  }
  if (names.includes('QuotaExceededError')) {
    return {
      kind: 'disk-full',
      title: 'Your disk is full',
      message:
        'Fieldbook could not save because there is no space left. Everything saved before is intact. Free some space, then try again.',
      actions: ['free-space', 'retry'],
    };
  }
  if (names.some((n) => n === 'VersionChangeError' || n === 'DatabaseClosedError')) {
    return {
      kind: 'changed-elsewhere',
      title: 'Fieldbook was updated in another window',
      message: 'Your book was upgraded by a newer Fieldbook window. Reload to continue; saved work is kept.',
      actions: ['reload'],
    };
  }
  if (
    names.some((n) => n === 'InvalidStateError' || n === 'UnknownError' || n === 'OpenFailedError' || n === 'DataError')
  ) {
    return {
      kind: 'cannot-open',
      title: 'Fieldbook can’t open your local book',
      message:
        'The copy of your book on this computer could not be opened. It has been kept aside, not deleted. Fieldbook can rebuild your book from the team server and keep the edits that have not synced yet.',
      actions: ['retry', 'rebuild-from-server', 'export-unsynced'],
    };
  }
  return {
    kind: 'unknown',
    title: 'Fieldbook can’t reach your local book',
    message:
      'Something unexpected stopped Fieldbook from reading your book. Try again; if it keeps happening, restart Fieldbook.',
    actions: ['retry'],
  };
}
