import { fieldbookDbName, openFieldbookDb, type FieldbookDb } from './db';

/**
 * Local books that could not be opened are kept aside, never deleted (RELIABILITY 23): their
 * names are listed here so the app never opens (nor deletes) them again automatically, and the
 * book's user opens the replacement named in `replacedBy` from then on.
 */
export interface SetAsideBook {
  /** The IndexedDB database kept aside, e.g. `fieldbook-demo`. */
  name: string;
  userKey: string;
  /** ISO instant it was set aside. */
  at: string;
  /** The error's name, for support ("UnknownError"). */
  reason: string;
  /** The fresh database opened instead. */
  replacedBy: string;
}

export const SET_ASIDE_KEY = 'fieldbook.setAside';

/** The bit of localStorage used; injected so tests run without a window. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValueStorage | null {
  return typeof window !== 'undefined' ? window.localStorage : null;
}

export function readSetAside(storage: KeyValueStorage | null = defaultStorage()): SetAsideBook[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(SET_ASIDE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is SetAsideBook {
  const e = value as Partial<SetAsideBook> | null;
  return !!e && typeof e.name === 'string' && typeof e.userKey === 'string' && typeof e.replacedBy === 'string';
}

export function recordSetAside(entry: SetAsideBook, storage: KeyValueStorage | null = defaultStorage()): void {
  const others = readSetAside(storage).filter((e) => e.name !== entry.name);
  storage?.setItem(SET_ASIDE_KEY, JSON.stringify([...others, entry]));
}

/**
 * The database this user's book lives in now: their usual one, or the replacement of a set-aside
 * one (following the chain if a replacement was itself set aside).
 */
export function currentDbName(userKey: string, storage: KeyValueStorage | null = defaultStorage()): string {
  const entries = readSetAside(storage);
  let name = fieldbookDbName(userKey);
  for (let hops = 0; hops <= entries.length; hops++) {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return name;
    name = entry.replacedBy;
  }
  return name;
}

/** A name for the fresh database that no book on this laptop uses yet. */
export function nextRebuiltName(userKey: string, storage: KeyValueStorage | null = defaultStorage()): string {
  const taken = new Set(readSetAside(storage).flatMap((e) => [e.name, e.replacedBy]));
  let n = 1;
  while (taken.has(`${fieldbookDbName(userKey)}-rebuilt-${n}`)) n++;
  return `${fieldbookDbName(userKey)}-rebuilt-${n}`;
}

/** The open-or-create call every place that opens a user's book goes through. */
export function openCurrentBookDb(userKey: string, storage: KeyValueStorage | null = defaultStorage()): FieldbookDb {
  return openFieldbookDb(currentDbName(userKey, storage));
}
