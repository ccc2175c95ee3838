import { useSyncExternalStore } from 'react';

/**
 * Small per-laptop preferences kept in localStorage: which local book is open and the CSM's
 * name as the author of notes, whether the sidebar is collapsed, the Book's saved filters. Never tokens (those live in the platform's secure storage).
 */
const KEYS = {
  activeBook: 'fieldbook.activeBook',
  authorName: 'fieldbook.authorName',
  sidebarCollapsed: 'fieldbook.sidebarCollapsed',
  bookSavedFilters: 'fieldbook.bookSavedFilters',
} as const;
type PreferenceKey = keyof typeof KEYS;

const listeners = new Set<() => void>();

export function readPreference(key: PreferenceKey): string | null {
  try {
    return window.localStorage.getItem(KEYS[key]);
  } catch {
    // Storage can be disabled by policy; the app still works, it just forgets preferences.
    return null;
  }
}

export function writePreference(key: PreferenceKey, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(KEYS[key]);
    else window.localStorage.setItem(KEYS[key], value);
  } finally {
    for (const l of listeners) l();
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function usePreference(key: PreferenceKey): string | null {
  return useSyncExternalStore(subscribe, () => readPreference(key));
}
